package dev.parley.web.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Staged uploads' settings, and the scheduler that purges abandoned ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

}
