package dev.parley.core.policy.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entries of a ZIP file held in memory, read from its central directory, and each
 * entry's content as a stream that inflates on demand and never past the entry's declared
 * size nor the file's budget. A ZIP bomb is refused from the directory alone (declared
 * sizes and ratios), or after inflating at most the budget when its sizes lie.
 */
public final class ZipEntries {

	private static final long ONE_MEGABYTE = 1024 * 1024;

	private final byte[] zip;

	private final List<Entry> entries;

	private ZipEntries(byte[] zip, List<Entry> entries) {
		this.zip = zip;
		this.entries = entries;
	}

	/**
	 * Reads the central directory and checks it against the limits.
	 * @param zip the file
	 * @param budget the limits
	 * @return the entries
	 * @throws Refused for too many entries, sizes or ratios over the limits, encrypted or
	 * unsupported entries, or a broken directory
	 */
	static ZipEntries read(byte[] zip, Budget budget) throws Refused {
		int eocd = endOfCentralDirectory(zip);
		if (eocd < 0) {
			throw Refused.unreadable("corrupt", "no ZIP directory");
		}
		int count = u16(zip, eocd + 10);
		if (count > budget.limits().maxZipEntries()) {
			throw Refused.unreadable("entries", Integer.toString(count));
		}
		long at = u32(zip, eocd + 16);
		List<Entry> entries = new ArrayList<>(count);
		long declared = 0;
		for (int e = 0; e < count; e++) {
			if (at + 46 > zip.length || u32(zip, (int) at) != 0x02014b50L) {
				throw Refused.unreadable("corrupt", "ZIP directory entry " + e);
			}
			int p = (int) at;
			int flags = u16(zip, p + 8);
			int method = u16(zip, p + 10);
			long compressed = u32(zip, p + 20);
			long size = u32(zip, p + 24);
			int nameLength = u16(zip, p + 28);
			int extraLength = u16(zip, p + 30);
			int commentLength = u16(zip, p + 32);
			long local = u32(zip, p + 42);
			if (p + 46 + nameLength > zip.length) {
				throw Refused.unreadable("corrupt", "ZIP directory entry " + e);
			}
			String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
			if ((flags & 1) != 0) {
				throw Refused.unreadable("encrypted", name);
			}
			if ((method != 0 && method != 8) || compressed == 0xffffffffL || size == 0xffffffffL) {
				throw Refused.unreadable("corrupt", name);
			}
			declared += size;
			if (declared > budget.limits().maxInflatedBytes()) {
				throw Refused.unreadable("expansion", name + ": " + size + " bytes");
			}
			if (size > ONE_MEGABYTE && size > compressed * budget.limits().maxExpansionRatio()) {
				throw Refused.unreadable("expansion", name + ": " + compressed + " to " + size + " bytes");
			}
			entries.add(new Entry(name, method, compressed, size, local));
			at += 46 + nameLength + extraLength + commentLength;
		}
		return new ZipEntries(zip, entries);
	}

	/**
	 * Where the end-of-central-directory record of a ZIP file starts: searched backwards
	 * over the last 64 KB (the longest comment) and 22 bytes.
	 * @param zip the file
	 * @return its offset, or -1 when there is none
	 */
	public static int endOfCentralDirectory(byte[] zip) {
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
				return i;
			}
		}
		return -1;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/**
	 * The content of an entry, inflated as it is read.
	 * @param entry one of {@link #entries()}
	 * @param budget counts the inflated bytes
	 * @return the stream (reading throws {@link BudgetException} past a limit)
	 * @throws Refused when the local header is broken
	 */
	InputStream open(Entry entry, Budget budget) throws Refused {
		long local = entry.localHeader();
		if (local + 30 > this.zip.length || u32(this.zip, (int) local) != 0x04034b50L) {
			throw Refused.unreadable("corrupt", entry.name());
		}
		long data = local + 30 + u16(this.zip, (int) local + 26) + u16(this.zip, (int) local + 28);
		if (data + entry.compressed() > this.zip.length) {
			throw Refused.unreadable("corrupt", entry.name());
		}
		return new EntryStream(this.zip, (int) data, (int) entry.compressed(), entry, budget);
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
				| (bytes[at + 3] & 0xffL) << 24;
	}

	/**
	 * One entry of the directory.
	 *
	 * @param name the path inside the ZIP
	 * @param method 0 stored, 8 deflated
	 * @param compressed bytes in the file
	 * @param size declared uncompressed bytes
	 * @param localHeader where its local header starts
	 */
	record Entry(String name, int method, long compressed, long size, long localHeader) {

	}

	/** Inflates one entry, never past its declared size, counting against the budget. */
	private static final class EntryStream extends InputStream {

		private final Inflater inflater;

		private final byte[] zip;

		private final int start;

		private final int length;

		private final Entry entry;

		private final Budget budget;

		private int position;

		private long produced;

		EntryStream(byte[] zip, int start, int length, Entry entry, Budget budget) {
			this.zip = zip;
			this.start = start;
			this.length = length;
			this.entry = entry;
			this.budget = budget;
			this.inflater = (entry.method() == 8) ? new Inflater(true) : null;
			if (this.inflater != null) {
				this.inflater.setInput(zip, start, length);
			}
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int wanted) throws IOException {
			if (wanted == 0) {
				return 0;
			}
			int count;
			if (this.inflater == null) {
				count = Math.min(wanted, this.length - this.position);
				if (count <= 0) {
					return -1;
				}
				System.arraycopy(this.zip, this.start + this.position, buffer, offset, count);
				this.position += count;
			}
			else {
				try {
					count = this.inflater.inflate(buffer, offset, wanted);
				}
				catch (DataFormatException ex) {
					throw new BudgetException(Refused.unreadable("corrupt", this.entry.name()));
				}
				if (count == 0) {
					if (this.inflater.finished() || this.inflater.needsInput()) {
						return -1;
					}
					if (this.inflater.needsDictionary()) {
						throw new BudgetException(Refused.unreadable("corrupt", this.entry.name()));
					}
				}
			}
			this.produced += count;
			if (this.produced > this.entry.size()) {
				// the directory lied about the size: a bomb in disguise
				throw new BudgetException(Refused.unreadable("expansion", this.entry.name()));
			}
			try {
				this.budget.inflated(count);
			}
			catch (Refused ex) {
				throw new BudgetException(ex);
			}
			return count;
		}

		@Override
		public void close() {
			if (this.inflater != null) {
				this.inflater.end();
			}
		}

	}

}
