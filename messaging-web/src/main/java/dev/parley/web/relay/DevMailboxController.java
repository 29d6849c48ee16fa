package dev.parley.web.relay;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development mailbox: the emails the relay sent to the development sink, newest
 * first, with their headers (where the aliases show) and bodies (the HTML part as its
 * source, never rendered). It exists only while the sink runs and only when explicitly
 * enabled ({@code parley.relay.dev-sink.mailbox=true}, as the demo profile does), and
 * only admins may look: it shows every account's real address and every email.
 */
@Controller
@Conditional(RelayConditions.DevSink.class)
@ConditionalOnProperty(name = "parley.relay.dev-sink.mailbox", havingValue = "true")
class DevMailboxController {

	static final String LIST_VIEW = "relay/mailbox";

	static final String MAIL_VIEW = "relay/mail";

	private final DevMailSink sink;

	private final RelayProperties properties;

	private final ObjectProvider<InboundSmtpListener> listener;

	DevMailboxController(DevMailSink sink, RelayProperties properties, ObjectProvider<InboundSmtpListener> listener) {
		this.sink = sink;
		this.properties = properties;
		this.listener = listener;
	}

	/** Where replies go: the listener's actual port (configured 0 picks one). */
	private int inboundPort() {
		InboundSmtpListener inbound = this.listener.getIfAvailable();
		return (inbound != null) ? inbound.port() : this.properties.getInbound().getPort();
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("mails", this.sink.mails());
		model.addAttribute("inboundPort", Integer.toString(inboundPort()));
		model.addAttribute("relayDomain", this.properties.getDomain());
		return LIST_VIEW;
	}

	@GetMapping("/dev/mailbox/{id}")
	String mail(@PathVariable long id, Model model) {
		model.addAttribute("mail",
				this.sink.mail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("inboundPort", Integer.toString(inboundPort()));
		return MAIL_VIEW;
	}

}
