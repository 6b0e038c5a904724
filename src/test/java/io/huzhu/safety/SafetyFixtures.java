package io.huzhu.safety;

import io.huzhu.support.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pipelines for unit tests. */
final class SafetyFixtures {

    private static final Pattern ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    private SafetyFixtures() {}

    /** Finds 18-character ID numbers and mainland mobile numbers, with the wrong actions: the pipeline sets them. */
    static List<Finding> fakePii(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher id = ID.matcher(text);
        while (id.find()) {
            findings.add(new Finding(FindingType.ID_CARD, id.start(), id.end(), "ID_CARD", Action.MASK, "身份证号", "ID"));
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            findings.add(
                    new Finding(FindingType.PHONE, phone.start(), phone.end(), "PHONE", Action.REJECT, "手机号", "phone"));
        }
        return findings;
    }

    static LinkPolicy links() {
        return new LinkPolicy(new SafetyProperties(List.of("pinduoduo.com", "yangkeduo.com", "taobao.com", "jd.com")));
    }

    static SafetyPipeline pipeline(MutableClock clock) {
        return pipeline(new SpamDetector(SampleStore.inMemory(), clock));
    }

    /** The real pipeline: the PII detector as wired in production. */
    static SafetyPipeline pipeline(SpamDetector spam) {
        return new SafetyPipeline(new PiiDetector()::find, PiiDetector::mask, links(), spam);
    }

    /** A pipeline with a PII stand-in that reports the wrong actions on purpose. */
    static SafetyPipeline withFakePii(MutableClock clock) {
        return new SafetyPipeline(
                SafetyFixtures::fakePii, PiiDetector::mask, links(), new SpamDetector(SampleStore.inMemory(), clock));
    }
}
