package io.huzhu.web;

import io.huzhu.shared.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors Tomcat answers before any filter or controller runs (a malformed request target such as {@code %00},
 * {@code %2F} or {@code %ZZ}, oversized or too many headers, a bad {@code Transfer-Encoding}) are problem details
 * too, in place of Tomcat's HTML page. The valve names no server and echoes nothing of the request.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemPages {

    @Bean
    ProblemValveCustomizer problemErrorValve() {
        return new ProblemValveCustomizer();
    }

    /** Runs after Spring Boot's own customizer, so that its HTML error valve can be replaced. */
    static final class ProblemValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemValve.class.getName());
                }
                host.getPipeline().addValve(new ProblemValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Writes {@code application/problem+json} for any error status left without a body. */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            ErrorCode code = ErrorCode.forStatus(status);
            String detail = code == ErrorCode.BAD_REQUEST
                    ? "The request line, its path or its headers are malformed or too large"
                    : code.title();
            String body = "{\"type\":\"" + ProblemWriter.TYPE_BASE
                    + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + "\",\"title\":\"" + code.title() + "\",\"status\":" + status + ",\"detail\":\"" + detail
                    + "\",\"code\":\"" + code.name() + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is already committed: nothing more to say
            }
        }
    }
}
