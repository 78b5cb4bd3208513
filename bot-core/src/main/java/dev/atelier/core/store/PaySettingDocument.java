package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort's pay setting; its id is {@code communityId/cohortName}. */
@Document("pay_settings")
record PaySettingDocument(@Id String id, String communityId, String cohortName, boolean milestoneSplit) {}
