package dev.anchorgraph.neo4j;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on a loopback port in front of a server, which a test can break the way networks and servers break:
 * {@link #cut()} drops every open connection and refuses new ones (as a stopped server or a lost route does) until
 * {@link #restore()} listens again on the same port; {@link #cutOnNextRequest()} lets the client's next request reach
 * the server and then drops the connection (a loss in the middle of a transaction); {@link #loseNextCommitReply()}
 * lets a Bolt COMMIT reach the server, which commits, and drops the connection before its reply reaches the client
 * (the client cannot know the commit happened).
 */
public final class TcpProxy implements AutoCloseable {

    /** A Bolt COMMIT message as the driver sends it: chunk of 2 bytes (tiny struct, signature 0x12), end marker. */
    private static final byte[] BOLT_COMMIT = {0x00, 0x02, (byte) 0xB0, 0x12, 0x00, 0x00};

    private final InetSocketAddress target;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private final AtomicBoolean cutOnRequest = new AtomicBoolean();
    private final AtomicBoolean loseCommitReply = new AtomicBoolean();

    public TcpProxy(URI target) {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        this.listener = bind(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + port);
    }

    /** Drops every connection and refuses new ones. */
    public synchronized void cut() {
        close(listener);
        open.forEach(TcpProxy::close);
        open.clear();
    }

    /** Listens again, on the same port. */
    public synchronized void restore() {
        if (listener.isClosed()) {
            listener = bind(port);
            accept(listener);
        }
    }

    /** The next bytes a client sends reach the server; then that connection is dropped and no new one accepted. */
    public void cutOnNextRequest() {
        cutOnRequest.set(true);
    }

    /** The next Bolt COMMIT reaches the server; its reply is dropped with the connection. Others go on working. */
    public void loseNextCommitReply() {
        loseCommitReply.set(true);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        Thread.ofVirtual().name("tcp-proxy-accept").start(() -> {
            while (!server.isClosed()) {
                try {
                    var client = server.accept();
                    var upstream = new Socket(target.getAddress(), target.getPort());
                    client.setTcpNoDelay(true);
                    upstream.setTcpNoDelay(true);
                    open.add(client);
                    open.add(upstream);
                    var commitSent = new AtomicBoolean();
                    Thread.ofVirtual().start(() -> pump(client, upstream, true, commitSent));
                    Thread.ofVirtual().start(() -> pump(upstream, client, false, commitSent));
                } catch (IOException e) {
                    // closed by cut(), or the server is down: the client sees its connection fail
                }
            }
        });
    }

    private void pump(Socket from, Socket to, boolean fromClient, AtomicBoolean commitSent) {
        var buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (fromClient) {
                    if (loseCommitReply.get() && contains(buffer, n, BOLT_COMMIT)) {
                        loseCommitReply.set(false);
                        commitSent.set(true);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (cutOnRequest.compareAndSet(true, false)) {
                        Thread.sleep(200); // let the server take the request in before the line goes
                        cut();
                        return;
                    }
                } else {
                    if (commitSent.compareAndSet(true, false)) {
                        close(from);
                        close(to);
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: close the other below
        } finally {
            close(from);
            close(to);
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (buffer[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void close(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public String toString() {
        return "TcpProxy[" + port + " -> " + target + ", " + open.size() + " sockets]";
    }
}
