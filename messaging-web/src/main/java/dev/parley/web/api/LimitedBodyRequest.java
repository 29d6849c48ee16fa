package dev.parley.web.api;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body (sent without a length) fails to read beyond a limit.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream delegate = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				int b = delegate.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = delegate.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(long n) throws IOException {
				this.read += n;
				if (this.read > LimitedBodyRequest.this.maxBytes) {
					throw new IOException("request body larger than " + LimitedBodyRequest.this.maxBytes + " bytes");
				}
			}

			@Override
			public boolean isFinished() {
				return delegate.isFinished();
			}

			@Override
			public boolean isReady() {
				return delegate.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				delegate.setReadListener(listener);
			}

		};
	}

}
