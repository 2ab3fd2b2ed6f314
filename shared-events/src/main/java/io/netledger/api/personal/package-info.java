/**
 * Personal data in the history: which event components are personal ({@link io.netledger.api.personal.PersonalData}),
 * whose they are ({@link io.netledger.api.personal.DataSubject}), and how they read once erased
 * ({@link io.netledger.api.personal.Erased}). docs/adr/0015.
 */
package io.netledger.api.personal;
