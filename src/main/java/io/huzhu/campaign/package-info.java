/**
 * Campaign definitions, frozen rules versions, stock and budget. Its public API is {@link Campaigns},
 * {@link CampaignTerms} and the small types those use.
 */
@NullMarked
package io.huzhu.campaign;

import org.jspecify.annotations.NullMarked;
