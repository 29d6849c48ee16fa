package dev.parley.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver on loopback (the JDK's HTTP server on a free port): records
 * what arrives, answers with a chosen status, and can go down and come back on the same
 * port.
 */
final class TestReceiver implements AutoCloseable {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 204;

	private HttpServer server;

	private int port;

	TestReceiver() {
		start(0);
	}

	private void start(int requestedPort) {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/", this::handle);
		this.server.start();
		this.port = this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrived = System.currentTimeMillis();
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		int answer = this.status;
		if (answer / 100 == 2) {
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"),
					new String(body, StandardCharsets.UTF_8), arrived));
		}
		byte[] reply = ("answer " + answer).getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(answer, (answer == 204) ? -1 : reply.length);
		if (answer != 204) {
			exchange.getResponseBody().write(reply);
		}
		exchange.close();
	}

	String url() {
		return "http://127.0.0.1:" + this.port + "/hooks";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	void answer(int status) {
		this.status = status;
	}

	/** Stops listening: connections are refused until {@link #comeBack()}. */
	void goDown() {
		this.server.stop(0);
	}

	void comeBack() {
		start(this.port);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One delivery as it arrived.
	 *
	 * @param id webhook-id
	 * @param timestamp webhook-timestamp
	 * @param signature webhook-signature
	 * @param body the body
	 * @param arrivedAtMillis when it arrived (epoch milliseconds)
	 */
	record Received(String id, String timestamp, String signature, String body, long arrivedAtMillis) {
	}

}
