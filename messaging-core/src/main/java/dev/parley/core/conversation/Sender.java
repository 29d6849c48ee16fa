package dev.parley.core.conversation;

/**
 * Who wrote a message: one of the two parties, or the system for notes such as "not
 * delivered".
 */
public enum Sender {

	BUYER, SELLER, SYSTEM

}
