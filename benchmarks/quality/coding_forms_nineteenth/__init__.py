"""The nineteenth coding forms family: the cancer type and ICD-10-CM category decided in long narrative notes as
transcribed US notes are written (discharge summaries, histories and physicals, consultations, operative and procedure
notes, SOAP progress notes), with several problems and a timeline, where the category turns on primary against
secondary site (a lung mass that is metastatic colon cancer, liver metastases of unknown primary, carcinomatosis, nodal
disease only), active disease against history (Z85 after completed treatment against treatment now, recurrence, relapse
or a new primary), which of several cancers is the note's subject, sub-site and laterality in the words of anatomy,
cancers named only in the operation or pathology section, cancers named only in the past medical history of a note
about something else, and `none` traps (benign tumours, family history in prose, screening, ruled-out and pending
diagnoses) (`forms`)."""
