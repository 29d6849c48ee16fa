package dev.parley.web.listing;

import java.util.List;

import dev.parley.core.account.Account;
import dev.parley.core.account.AccountId;
import dev.parley.core.account.Accounts;
import dev.parley.core.account.Role;
import dev.parley.core.conversation.Topic;
import dev.parley.core.listing.Listing;
import dev.parley.core.listing.Listings;
import dev.parley.web.conversation.MessagingService;
import dev.parley.web.page.Composer;
import dev.parley.web.page.Composer.Outcome;
import dev.parley.web.page.Composer.Refused;
import dev.parley.web.page.Composer.Sent;
import dev.parley.web.platform.Ids;
import dev.parley.web.platform.Caller;
import dev.parley.web.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A seller's pre-sale page with "Ask a question": a thread without an order. With
 * {@code ?listing=ID} it shows that product from the listing feed (title and seller; the
 * feed's image address is never loaded) and the question's subject defaults to it. The
 * topics are the pre-sale ones.
 */
@Controller
class ListingController {

	static final String VIEW = "listing/listing";

	private final Accounts accounts;

	private final MessagingService messaging;

	private final Composer composer;

	private final MessageSource messages;

	private final Listings listings;

	ListingController(Accounts accounts, MessagingService messaging, Composer composer, MessageSource messages,
			Listings listings) {
		this.accounts = accounts;
		this.listings = listings;
		this.messaging = messaging;
		this.composer = composer;
		this.messages = messages;
	}

	@InitBinder("question")
	void questionBinder(WebDataBinder binder) {
		binder.setDisallowedFields("action", "sender", "author", "attachments");
	}

	@GetMapping("/listings/{sellerId}")
	String show(Caller caller, @PathVariable String sellerId,
			@RequestParam(name = "listing", required = false) @Nullable String listingId, Model model) {
		Account seller = seller(sellerId);
		return render(seller, listing(seller, listingId), QuestionForm.empty(), null, model);
	}

	@PostMapping("/listings/{sellerId}/questions")
	String ask(Caller caller, @PathVariable String sellerId,
			@Valid @ModelAttribute("question") @Nullable QuestionForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(name = "staged", required = false) @Nullable List<Long> staged,
			@RequestParam(name = "listing", required = false) @Nullable String listingId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Account seller = seller(sellerId);
		Listing listing = listing(seller, listingId);
		if (errors.hasErrors() || form == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", List.of("body"));
			return render(seller, listing, (form != null) ? form : QuestionForm.empty(), null, model);
		}
		if (form.topic() != null && !form.topic().isPreSale()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("topicInvalid", true);
			return render(seller, listing, form, null, model);
		}
		QuestionForm question = (listing != null) ? form.withDefaultSubject(this.messages.getMessage("listing.subject",
				new Object[] { listing.title() }, LocaleContextHolder.getLocale())) : form;
		Outcome outcome = this.composer.send(caller, files, staged,
				(attachments) -> this.messaging.askAboutListing(caller, seller.id(), question.toCompose(attachments)));
		if (outcome instanceof Sent sent) {
			redirect.addFlashAttribute("flash",
					List.of(this.messages.getMessage("thread.sent", null, LocaleContextHolder.getLocale())));
			if (!sent.notes().isEmpty()) {
				redirect.addFlashAttribute("flashWarn", sent.notes());
			}
			return "redirect:/buyer/threads/" + sent.posted().thread().value() + "#latest";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(seller, listing, form, (Refused) outcome, model);
	}

	private String render(Account seller, @Nullable Listing listing, QuestionForm form, @Nullable Refused refused,
			Model model) {
		model.addAttribute("sellerAccount", seller);
		model.addAttribute("listing", listing);
		model.addAttribute("question", form);
		model.addAttribute("refused", refused);
		model.addAttribute("topics", Topic.preSale());
		return VIEW;
	}

	/** The listing the page is about: the seller's own, or not found. */
	private @Nullable Listing listing(Account seller, @Nullable String listingId) {
		if (listingId == null || listingId.isBlank()) {
			return null;
		}
		return this.listings.find(listingId)
			.filter((listing) -> listing.seller().equals(seller.id()))
			.orElseThrow(() -> new NotFoundException("listing"));
	}

	private Account seller(String sellerId) {
		AccountId id = Ids.account(sellerId);
		return this.accounts.find(id)
			.filter((account) -> account.is(Role.SELLER))
			.orElseThrow(() -> new NotFoundException("seller"));
	}

}
