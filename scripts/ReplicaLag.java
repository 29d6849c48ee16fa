import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * How long after a commit on the primary the replica has replayed it: commits small
 * transactions one at a time on the primary (synchronous commit), and after each polls
 * the replica's pg_last_wal_replay_lsn() until it reaches the primary's pg_current_wal_lsn()
 * read right after the commit. Run by scripts/replica-lag.
 */
public class ReplicaLag {

	public static void main(String[] args) throws Exception {
		String primaryUrl = args[0];
		String replicaUrl = args[1];
		int rounds = Integer.parseInt(args[2]);
		try (Connection primary = DriverManager.getConnection(primaryUrl, "postgres", "");
				Connection replica = DriverManager.getConnection(replicaUrl, "postgres", "");
				Statement p = primary.createStatement();
				Statement r = replica.createStatement()) {
			p.execute("CREATE TABLE IF NOT EXISTS lag_probe (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())");
			long[] micros = new long[rounds];
			for (int i = 0; i < rounds; i++) {
				p.execute("INSERT INTO lag_probe DEFAULT VALUES");
				long committed = System.nanoTime();
				long target = lsn(p, "SELECT pg_current_wal_lsn()::text");
				while (Long.compareUnsigned(lsn(r, "SELECT pg_last_wal_replay_lsn()::text"), target) < 0) {
					Thread.onSpinWait();
				}
				micros[i] = (System.nanoTime() - committed) / 1000;
				Thread.sleep(5);
			}
			Arrays.sort(micros);
			System.out.printf("replica lag after commit (%d commits): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", rounds,
					micros[rounds / 2] / 1000.0, micros[(int) Math.ceil(rounds * 0.95) - 1] / 1000.0,
					micros[rounds - 1] / 1000.0);
		}
	}

	static long lsn(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			String text = rows.getString(1);
			int slash = text.indexOf('/');
			return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
		}
	}

}
