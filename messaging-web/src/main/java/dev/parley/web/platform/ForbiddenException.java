package dev.parley.web.platform;

import dev.parley.core.team.Permission;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may see that the object exists (it is their seller's) but their permissions
 * in the seller's team do not allow this (403). Another seller's object stays a 404.
 */
public class ForbiddenException extends AccessDeniedException {

	private final Permission permission;

	public ForbiddenException(Permission permission) {
		super("missing permission " + permission);
		this.permission = permission;
	}

	public Permission permission() {
		return this.permission;
	}

}
