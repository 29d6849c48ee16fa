package dev.parley.persistence.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account")
class AccountJpaEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String role;

	@Column(nullable = false)
	private String language;

	@Column(name = "business_buyer", nullable = false)
	private boolean businessBuyer;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	protected AccountJpaEntity() {
		this.email = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = "";
		this.language = "";
	}

	AccountJpaEntity(String email, String displayName, String passwordHash, String role, String language,
			boolean businessBuyer) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.language = language;
		this.businessBuyer = businessBuyer;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getRole() {
		return this.role;
	}

	String getLanguage() {
		return this.language;
	}

	boolean isBusinessBuyer() {
		return this.businessBuyer;
	}

}
