package dev.parley.web.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Multipart uploads and small valid sample files for tests.
 */
final class Multipart {

	/** A minimal, valid one-page PDF. */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
			+ "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
			+ "trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	private Multipart() {
	}

	static ApiTestSupport.Response upload(ApiTestSupport test, ApiTestSupport.Party party, String fileName,
			byte[] content) {
		String boundary = "----parley" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(test.uri(ApiTestSupport.API + "/attachments"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (party != null) {
			request.header("Authorization", "Bearer " + party.token());
		}
		return test.exchange(request.build());
	}

}
