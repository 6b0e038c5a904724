package io.huzhu.campaign;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CampaignConfig {

    @Bean
    CampaignValidator campaignValidator(CampaignProperties properties) {
        return new CampaignValidator(properties);
    }

    @Bean
    RulesPageWriter rulesPageWriter(CampaignProperties properties) {
        return new RulesPageWriter(properties.dayZone());
    }
}
