package dev.parley.core.order;

/**
 * Where an order is in its life, as far as messaging cares.
 */
public enum OrderState {

	PLACED, SHIPPED, DELIVERED

}
