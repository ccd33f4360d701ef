# The facility and taxi screens' words for what the sheet says (ui/src/screens/facility.ts);
# part of the ui resource.

# A switch on the taxi card of a hospital with an emergency department.
taxi-to-emergency-entrance = Zum Eingang der Notaufnahme (救急外来)
# Above the other closed days as the facility wrote them.
closed-days-original = Originaltext auf Japanisch:
# After a facility name the app made from its Japanese reading, in the results list.
name-transliterated-mark = transliteriert
