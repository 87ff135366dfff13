package dev.anchorgraph.service.audit;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the audit lines off the request threads: Logback's {@link AsyncAppender} in front of wherever the audit
 * logger wrote before (the console, a file: whatever {@code logging.*} configured), with a bounded queue
 * ({@code anchorgraph.audit.queue-size}, default 8192 lines). Nothing is dropped: a full queue makes the request
 * that logs wait (discarding threshold 0, never-block off) rather than lose its line, and at shutdown the queue is
 * drained (up to 10 s) after the web server has stopped taking requests, before the logging system goes.
 */
@Component
class AsyncAudit implements SmartLifecycle {

    static final int MAX_FLUSH_MILLIS = 10_000;
    static final String NAME = "AUDIT_ASYNC";
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(AsyncAudit.class);

    private final int queueSize;
    private Installed installed;
    private boolean running;

    AsyncAudit(@Value("${anchorgraph.audit.queue-size:8192}") int queueSize) {
        this.queueSize = queueSize;
    }

    /**
     * An asynchronous appender put in front of a logger's appenders, and how to take it away again.
     *
     * @param own      the appenders the logger had itself, given back by {@link #uninstall}
     * @param additive whether the logger was additive before
     */
    record Installed(AsyncAppender async, Logger logger, List<Appender<ILoggingEvent>> own, boolean additive) {

        /** Drains the queue into the appenders behind it, then gives the logger back its own appenders. */
        void uninstall() {
            logger.detachAppender(async);
            async.stop();
            own.forEach(logger::addAppender);
            logger.setAdditive(additive);
        }
    }

    /**
     * Puts an asynchronous appender in front of the logger's appenders (its own and those it inherits), each reached
     * through a forwarder, so that stopping the asynchronous appender stops none of them. Null when the logger has
     * one already (a second application context in the same JVM, as tests start): that one serves both.
     */
    static Installed install(LoggerContext context, String loggerName, int queueSize) {
        Logger logger = context.getLogger(loggerName);
        if (logger.getAppender(NAME) != null) {
            return null;
        }
        var own = new ArrayList<Appender<ILoggingEvent>>();
        logger.iteratorForAppenders().forEachRemaining(own::add);
        var targets = new ArrayList<>(own);
        for (Logger parent = logger.isAdditive() ? parent(context, logger) : null;
                parent != null;
                parent = parent.isAdditive() ? parent(context, parent) : null) {
            parent.iteratorForAppenders().forEachRemaining(targets::add);
        }
        var async = new AsyncAppender();
        async.setContext(context);
        async.setName(NAME);
        async.setQueueSize(queueSize);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(false);
        async.setMaxFlushTime(MAX_FLUSH_MILLIS);
        for (var target : targets) {
            var forward = new Forward(target);
            forward.setContext(context);
            forward.start();
            async.addAppender(forward);
        }
        async.start();
        var additive = logger.isAdditive();
        own.forEach(logger::detachAppender);
        logger.addAppender(async);
        logger.setAdditive(false);
        return new Installed(async, logger, List.copyOf(own), additive);
    }

    private static Logger parent(LoggerContext context, Logger logger) {
        var name = logger.getName();
        if (name.equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return context.getLogger(dot < 0 ? org.slf4j.Logger.ROOT_LOGGER_NAME : name.substring(0, dot));
    }

    @Override
    public synchronized void start() {
        running = true;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            installed = install(context, AuditLog.LOGGER, queueSize);
        } else {
            log.warn("Audit lines are written on the request threads: the logging backend is not Logback");
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (installed != null) {
            installed.uninstall();
            installed = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Stops after the web server (whose phases are higher), so that every request's line is already queued. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** Hands events to an appender it does not own: stopping it leaves the target running. */
    static final class Forward extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private final Appender<ILoggingEvent> target;

        Forward(Appender<ILoggingEvent> target) {
            this.target = target;
        }

        @Override
        protected void append(ILoggingEvent event) {
            target.doAppend(event);
        }
    }
}
