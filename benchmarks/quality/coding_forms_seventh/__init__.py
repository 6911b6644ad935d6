"""The seventh family of coding forms (`coding_forms_probe --set seventh`): issue 17's error kinds, written blind."""
