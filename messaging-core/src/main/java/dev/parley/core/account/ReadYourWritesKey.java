package dev.parley.core.account;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, for read-your-writes on replicas: the key under which the position of a
 * caller's last commit is remembered (the web layer gives the signed-in account). With no
 * key (a background job, an anonymous request), reads wait for the newest commit this
 * instance made.
 */
@FunctionalInterface
public interface ReadYourWritesKey {

	@Nullable String current();

}
