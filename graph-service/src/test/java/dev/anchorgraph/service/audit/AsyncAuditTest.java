package dev.anchorgraph.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncAuditTest {

    /** A slow sink, as a console or a disk under load is: every line takes a little while to write. */
    static final class SlowSink extends AppenderBase<ILoggingEvent> {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
            threads.add(Thread.currentThread().getName());
            if (lines.size() % 100 == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A logging context as the service's: the MDC adapter is what logback's own initialisation would give it. */
    static LoggerContext context() {
        var context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }

    @Test
    void everyLineFromManyThreadsReachesTheSinkWhenTheQueueIsSmallAndIsWrittenOffTheCallersThread() throws Exception {
        var context = context();
        var sink = new SlowSink();
        sink.setContext(context);
        sink.start();
        context.getLogger("ROOT").addAppender(sink);
        var installed = AsyncAudit.install(context, "anchorgraph.audit", 16);
        var audit = context.getLogger("anchorgraph.audit");

        var pool = Executors.newFixedThreadPool(4);
        var writers = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    audit.info("{}-{}", thread, i);
                }
            }));
        }
        for (var w : writers) {
            w.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        installed.uninstall(); // what the service does at shutdown: drain the queue

        assertThat(sink.lines).hasSize(8_000).doesNotHaveDuplicates();
        for (int t = 0; t < 4; t++) {
            var prefix = t + "-";
            assertThat(sink.lines.stream().filter(l -> l.startsWith(prefix)).toList())
                    .as("each thread's lines in the order it wrote them")
                    .isSortedAccordingTo((a, b) -> Integer.compare(
                            Integer.parseInt(a.substring(prefix.length())),
                            Integer.parseInt(b.substring(prefix.length()))));
        }
        assertThat(sink.threads).allMatch(name -> name.startsWith("AsyncAppender-Worker"));
        assertThat(sink.isStarted()).as("the root's appender keeps running").isTrue();
    }

    @Test
    void otherLoggersStillWriteStraightToTheirAppenders() {
        var context = context();
        var sink = new SlowSink();
        sink.setContext(context);
        sink.start();
        context.getLogger("ROOT").addAppender(sink);
        AsyncAudit.install(context, "anchorgraph.audit", 16);

        context.getLogger("dev.anchorgraph.service").info("not an audit line");

        assertThat(sink.lines).containsExactly("not an audit line");
        assertThat(sink.threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aSecondInstallLeavesTheFirstInPlaceAndUninstallingGivesTheLoggerBackItsOwnAppenders() {
        var context = context();
        var own = new SlowSink();
        own.setContext(context);
        own.start();
        var audit = context.getLogger("anchorgraph.audit");
        audit.addAppender(own);

        var first = AsyncAudit.install(context, "anchorgraph.audit", 16);
        assertThat(AsyncAudit.install(context, "anchorgraph.audit", 16)).isNull();
        audit.info("queued");
        first.uninstall();
        audit.info("direct");

        assertThat(own.lines).containsExactly("queued", "direct");
        assertThat(own.isStarted()).isTrue();
        assertThat(audit.getAppender(AsyncAudit.NAME)).isNull();
        assertThat(audit.isAdditive()).isTrue();
    }
}
