package io.huzhu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small hand-written parts of the spam model: the softmax model, the lexicon, warning scopes, features. */
class SpamModelPartsUnitTests {

    private static int[] features(int... buckets) {
        return buckets;
    }

    @Test
    void theSoftmaxModelSeparatesATinyCorpusAndTheSameSeedGivesTheSameModel() {
        List<SoftmaxModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new SoftmaxModel.Example(0, features(10, 11, 12 + i % 3)));
            examples.add(new SoftmaxModel.Example(4, features(20, 21, 22 + i % 3)));
        }
        SoftmaxModel a = SoftmaxModel.train(examples, 7);
        SoftmaxModel b = SoftmaxModel.train(examples, 7);
        double[] ham = a.probabilities(features(10, 11, 12));
        double[] gambling = a.probabilities(features(20, 21, 22));
        assertThat(ham[0]).isGreaterThan(0.9);
        assertThat(gambling[4]).isGreaterThan(0.9);
        assertThat(b.probabilities(features(20, 21, 22))).containsExactly(gambling);
        assertThat(ham).hasSize(SpamCategory.values().length + 1);
        assertThat(java.util.Arrays.stream(ham).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void learningMovesATextToItsClassUntilTheTargetAndCopiesAreIndependent() {
        SoftmaxModel model = SoftmaxModel.train(List.of(new SoftmaxModel.Example(0, features(1, 2, 3))), 1);
        SoftmaxModel copy = model.copy();
        int[] text = features(30, 31, 32);
        model.learn(text, 9, 0.9);
        assertThat(model.probabilities(text)[9]).isGreaterThanOrEqualTo(0.9);
        assertThat(copy.probabilities(text)[9]).isLessThan(0.5);
    }

    @Test
    void theLexiconTagsGamblingAndAdultWordsButItAloneDecidesNothing() {
        Lexicon lexicon = Lexicon.load();
        assertThat(lexicon.size()).isGreaterThan(10_000);
        assertThat(lexicon.tags(SpamText.compact("最新博彩平台，注册送彩金")) & Lexicon.GAMBLING)
                .isNotZero();
        assertThat(lexicon.tags(SpamText.compact("今天天气不错，出去走走"))).isZero();
        assertThat(lexicon.tags(SpamText.compact("同城裸聊")) & Lexicon.ADULT).isNotZero();
        SpamDetector detector = new SpamDetector(SampleStore.inMemory(), java.time.Clock.systemUTC());
        assertThat(detector.find("赌博害人，大家千万别碰", ScreenContext.plain("MESSAGE"))).isEmpty();
    }

    @Test
    void warningCuesScopeTheMessageNegationsTheirClauseDenialsNothing() {
        assertThat(Warnings.scopes(SpamText.compact("兼职刷单都是骗局"))).containsOnly(true);
        String clause = SpamText.compact("不要加私人微信，有事群里说");
        boolean[] scoped = Warnings.scopes(clause);
        assertThat(scoped[0]).isTrue();
        assertThat(scoped[clause.length() - 1]).isFalse();
        assertThat(Warnings.scopes(SpamText.compact("我们不是骗子，正规代砍"))).isNull();
        assertThat(Warnings.scopes(SpamText.compact("专业代砍一刀五毛"))).isNull();
    }

    @Test
    void featuresAreDistinctNonZeroBucketsAndScopedOnesDiffer() {
        int[] plain = SpamFeatures.of(SpamText.of(NormalisedText.of("有偿代砍")), Lexicon.load());
        int[] scoped = SpamFeatures.of(SpamText.of(NormalisedText.of("严禁有偿代砍")), Lexicon.load());
        assertThat(plain).doesNotHaveDuplicates().doesNotContain(0);
        assertThat(java.util.Arrays.stream(plain).allMatch(b -> b > 0 && b < SpamFeatures.BUCKETS))
                .isTrue();
        int trigram = SpamFeatures.bucket(3, '有', '偿', '代');
        assertThat(plain).contains(trigram);
        assertThat(scoped)
                .doesNotContain(trigram)
                .contains(SpamFeatures.bucket(3 + SpamFeatures.SCOPED, '有', '偿', '代'));
    }
}
