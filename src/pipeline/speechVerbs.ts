/**
 * A verb that reports speech: "said", "told", "warned", "insists", …, in the past and the present, with the
 * few that report speech only in some company ("asked" not after "if", "posted" not after "was", "pledged" not
 * before "to", "proposed" only before its "that", "reminds" only before "(students) that"; "judged",
 * "estimates" and "believes", as translated French and Italian reports use them, only before "that" or to end
 * the sentence, and not in the passive: "», she estimates."). "notes", "stresses" and "recalls" are nouns after
 * an article or possessive; "comments" and "remarks" are left out, nouns far more often than verbs ("…”,
 * remarks that irritated officials"). The quotes stage finds speakers by it; the furniture stage tells a
 * sentence from a caption by it.
 */
export const SPEECH_VERB =
  '(?:said|says|say|told|tells|tell|added|adds|(?<!\\b(?:if|when|once|unless|until|as)\\s)asked|asks|wrote|writes|written|repeated|reiterated|stated|states|declared|insisted|insist|argued|argue|warned|warn|sighed|quipped|joked|mused|scoffed|grumbled|retorted|countered|responded|noted|explained|continued(?!\\s+(?!that\\b)[a-z])|replied|recalled|acknowledged|admitted|claimed|stressed|emphasi[sz]ed|(?<!\\b(?:be|been|being|is|are|was|were)\\s)posted|tweeted|commented|remarked|observed|summari[sz]ed|summed up|warns|insists|argues|explains|admits|acknowledges|replies|suggests|concedes|predicts|declares|reiterates|repeats|emphasi[sz]es|summari[sz]es|responds|retorts|observes|complains|laments|cautions|urges|muses|quips|announces|(?<!\\b(?:the|his|her|their|its|my|our|your|of|in|with|and|these|those)\\s)(?:notes|stresses|recalls)|suggested|urged|conceded|cautioned|announced|predicted|lamented|complained|dismissed|questioned|(?:pledged|promised|vowed)(?!\\s+(?:to|support|troops|aid|money|funds)\\b)|(?:proposed|proposes|demanded|demands|recommended|recommends)(?=\\s+(?:[^\\s,;.“”"]+\\s+){0,8}?that\\b)|(?:reminds|reminded|remind)(?=\\s+(?:[^\\s,;.“”"]+\\s+){0,3}?that\\b)|(?:indicated|indicates|signall?ed|signals)(?=\\s+that\\b)|(?<!\\b(?:be|been|being|is|are|was|were|widely|generally)\\s)(?:judged|judges|estimated|estimates|considered|considers|believed|believes)(?=\\s+that\\b|\\s*[.!?]?\\s*$))';
