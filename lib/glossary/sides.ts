/**
 * A place's name used for a side in sport: a city's club, a US state's university team ("drew 1-1 with
 * Liverpool", "Georgia beat Alabama 27-24", "29 points for Boston", "Dallas rookie Cooper Flagg"), read from
 * the words around one mention, and, in an article that is a sports report, from the verbs of a side
 * ("Houston clinched the AFC South", "Dallas hosts Washington"). Countries and the UK's nations field
 * national sides and stay (`teamNamedAfter`). The context rules (context.ts) drop such mentions, and the
 * name's later bare uses in a sports report unless a word of place comes before them (`placeAgain`).
 *
 * Each reads a few words around one mention, except `sportsReport`, which reads the article once.
 */
import { townCommaBefore } from './region-readings';

/** A match score ("1-1", "3–0", a basketball game's "131-120"). */
const SCORE = String.raw`(?<!\d|\d[,.])\d{1,3}[-–]\d{1,3}(?!\d|[,.]\d)`;
/** Verbs of a match result. */
const RESULT_VERBS = String.raw`(?:beat|beats|defeated|edged|thrashed|routed|drew|draw|lost|hosted|hosts|outscored|outlasted|blanked|topped|downed|stunned|upset|overpowered|trounced|held off|rallied past|knocked off|pulled away from|swept|overcame|crushed|hammered|dispatched|outplayed)`;
const SCORE_THEN_TEAM = new RegExp(String.raw`${SCORE}\s+(?:(?:win|victory|loss|defeat|rout|upset)\s+)?(?:with|at|against|to|over|of)\s+$`, 'u');
const VERB_THEN_TEAM = new RegExp(String.raw`\b${RESULT_VERBS}(?:\s+(?:to|with|against))?\s+$`, 'u');
const SCORE_AFTER = new RegExp(String.raw`^[\s\u00A0]+${SCORE}\b`, 'u');
/** A result line's side, its school's state in brackets allowed: "Miami (Ohio) 20, Kent State 6". */
const RESULT_LINE_AFTER = /^(?:[\s\u00A0]*\([\p{L}. ]{1,20}\))?[\s\u00A0]+\d{1,3},[\s\u00A0]+\p{Lu}[\p{L}.'’&-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’&-]*){0,3}[\s\u00A0]+\d{1,3}(?![\d,])/u;
/** An Australian football score after a side: goals, behinds and the total ("Geelong 14.10 (94) d Sydney 11.9 (75)"). */
const AFL_SCORE_AFTER = /^[\s\u00A0]+\d{1,2}\.\d{1,2}[\s\u00A0]+\(\d{1,3}\)/u;
const TEAM_THEN_RESULT = new RegExp(String.raw`^(?:,[^,.;!?]{1,60},|,[\s\u00A0]+(?:which|who)(?:[\s\u00A0]+(?:has|had))?)?[\s\u00A0]+${RESULT_VERBS}\b[^.!?]{0,40}?${SCORE}`, 'u');
/** A player's transfer: "joined from Barcelona", "signed for Milan", "on loan from Lyon". */
const TRANSFER_THEN_TEAM = /\b(?:joined from|signed from|signed for|on loan (?:from|at|to))[\s\u00A0]+$/u;
/** A player's figures for a side: "had 29 points for Boston", "caught a touchdown pass for Texas", "two goals against Leeds". */
const FIGURES_FOR_TEAM =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|all)\s+(?:points|rebounds|assists|goals|runs|yards|saves|strikeouts|hits|tackles|touchdowns|steals|blocks|wickets|tries|minutes|innings)\s+(?:for|against)[\s\u00A0]+$|\b(?:touchdown|pass|goal|assist|hat-trick|hat trick|try|homer|home run|three-pointer|3-pointer|basket|wicket|century)\s+(?:for|against)[\s\u00A0]+$/u;
/** A player leading a side in a game: "led Dallas with 27 points". */
const LED_THEN_TEAM = /\bled[\s\u00A0]+$/u;
const WITH_FIGURES_AFTER = /^[\s\u00A0]+with[\s\u00A0]+\d+[\s\u00A0]+(?:points|rebounds|assists|goals|runs|yards|saves|strikeouts|hits|tackles|touchdowns|steals|blocks|wickets|tries)\b/u;
/** A side's result as a possessive: "Denver's 131-120 win". */
const POSSESSIVE_RESULT = new RegExp(String.raw`^['’]s[\s\u00A0]+${SCORE}[\s\u00A0]+(?:win|victory|loss|defeat|rout|comeback)\b`, 'u');
/** A player's position or a side's officer: what follows a side's name ("Texas quarterback Arch Manning") or what a side deals in. */
const ROLES = String.raw`(?:rookie|guard|forward|center|centre|quarterback|pitcher|shortstop|catcher|outfielder|infielder|linebacker|receiver|running back|tight end|cornerback|safety|kicker|striker|midfielder|defender|goalkeeper|goalie|goaltender|winger|captain|coach|head coach|manager|point guard|shooting guard|defenseman|defenceman|reliever|closer|onballer|ruckman|ruck|fullback|full-back|halfback|half-back|five-eighth|hooker|prop|flanker|wingman|spinner|leg-spinner|off-spinner|fast bowler|seamer|paceman|batter|batsman|opener|wicketkeeper|all-rounder|defensive coordinator|offensive coordinator|coordinator|athletic director|general manager|president of baseball operations|edge rusher|offensive tackle|defensive tackle|defensive end|left-hander|right-hander|left-handed pitcher|right-handed pitcher)`;
const ROLE_AFTER_TEAM = new RegExp(String.raw`^[\s\u00A0]+(?:(?:rookie|veteran|starting|backup|star|injured|former|new|young|All-Pro)[\s\u00A0]+)?${ROLES}[\s\u00A0]+\p{Lu}`, 'u');
/** A side's win-loss record in brackets right after its name: "Texas (11-1)", "Boston (15-8-2)". Polls and votes are not written so. */
const RECORD_AFTER = /^[\s\u00A0]+(?:(?:\d{1,2}-\d{1,2}(?:-\d{1,2})?[\s\u00A0]+)?\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)|\d{1,2}-\d{1,2}[\s\u00A0]+\d{1,3}(?:,\d{3})?(?![\d,.-]))/u;
/** A game named before the side: "the Bills' game against Cleveland", "a rematch with Alabama". */
const GAME_THEN_TEAM = /\b(?:game|games|match|matchup|fixture|rematch|showdown|opener|clash)\s+(?:against|with|versus|vs\.?)[\s\u00A0]+$/u;
/** A side's run of results right after its name: "Cleveland has lost five straight", "Liverpool have won six in a row". */
const STREAK_AFTER = /^[\s\u00A0]+(?:(?:has|have|had)[\s\u00A0]+)?(?:won|lost)[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,2}(?:straight|in a row|consecutive)(?:[\s\u00A0]+(?:games|matches|starts|meetings|outings))?(?![\s\u00A0]*\p{L})/u;
/** A player scoring for a side, with no count before: "scored twice for Boston", "scored for Liverpool". */
const SCORED_FOR = /\bscored(?:[\s\u00A0]+(?:twice|again|once|late|early|three times|\d{1,3}(?:[\s\u00A0]+points)?))?[\s\u00A0]+for[\s\u00A0]+$/u;
/** A goal putting a side ahead: "put Liverpool ahead in the 14th minute". */
const PUT_THEN_TEAM = /\bput[\s\u00A0]+$/u;
const AHEAD_AFTER = /^[\s\u00A0]+(?:ahead|in front|level)\b/u;

/**
 * Whether the name at `start..end` is a team in a match result: after a score and "with", "at", "against"
 * ("drew 1-1 with Liverpool", "won 2-0 at Barcelona"), after a verb of result with the score next ("beat
 * Liverpool 3-1", "lost to Alabama 24-21"), or before such a verb and a score ("Liverpool beat Chelsea 2-0"),
 * or with a possessive before the score ("Denver's 131-120 win"); a side a player scores or plays for ("29
 * points for Boston", "led Dallas with 27 points", "Dallas rookie Cooper Flagg", "scored twice for Boston",
 * "put Liverpool ahead"); or a club a player moves from or to ("joined from Barcelona", "signed for Milan");
 * a side with its record ("Texas (11-1)"), its run ("Cleveland has lost five straight") or a game named
 * before it ("the Bills' game against Cleveland").
 */
export function clubInResult(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  return (
    SCORE_THEN_TEAM.test(before) ||
    (VERB_THEN_TEAM.test(before) && SCORE_AFTER.test(after)) ||
    AFL_SCORE_AFTER.test(after) ||
    RESULT_LINE_AFTER.test(after) ||
    TEAM_THEN_RESULT.test(after) ||
    TRANSFER_THEN_TEAM.test(before) ||
    FIGURES_FOR_TEAM.test(before) ||
    (LED_THEN_TEAM.test(before) && WITH_FIGURES_AFTER.test(after)) ||
    POSSESSIVE_RESULT.test(after) ||
    ROLE_AFTER_TEAM.test(after) ||
    RECORD_AFTER.test(after) ||
    GAME_THEN_TEAM.test(before) ||
    STREAK_AFTER.test(after) ||
    SCORED_FOR.test(before) ||
    (PUT_THEN_TEAM.test(before) && AHEAD_AFTER.test(after))
  );
}

/** Words only a game's report uses ("quarter", "season", "goals" and "league" are business and politics too). */
const SPORTS_WORDS =
  /\b(?:touchdowns?|quarterbacks?|rebounds|innings|inning|wickets|yards|halftime|half-time|overtime|playoffs?|postseason|standings|rookie|goalkeeper|striker|midfielder|pitcher|linebacker|three-pointers?|3-pointers?|free throws?|hat-trick|hat trick|penalty kick|home runs?|field goals?|power-play|power play|goaltender|shootout|penalty spot|stoppage time|injury time|equali[sz]er|clean sheet|relegation|(?:first|second|third|\d+(?:st|nd|rd|th)) minute|tiebreak(?:er)?|birdies?|bogeys?|under par|fairways?|furlongs?|jockey|pole position|laps|scrum|fly-half|(?:winning|losing|win|unbeaten) streak|head coach|title game|championship game|semifinals?|quarterfinals?|Premier League|Champions League|bullpen|RBIs?|assists|MLS|NBA|NFL|NHL|MLB|WNBA|NCAA|Serie A|La Liga|Bundesliga|Super Bowl|World Series|Stanley Cup|AFL|NRL|IPL|Big Bash|Super Rugby|ruckman|halfback|five-eighth|premierships?|grand final|preliminary final|Ligue 1|equali[sz](?:ed|ing)|off the bench|bowlers?|all-rounders?|outfielders?|catchers?|shortstops?|infielders?|left-handers?|right-handers?|free agents?|Cy Young|Big Ten|Big 12|College Football Playoff|defensive coordinator|offensive coordinator|athletic director|PGA Tour|LPGA|regatta|coxswain|fantasy football|waiver wire|round of 16|last 16|group stage|knockout stage|Europa League|Conference League|LaLiga|Eredivisie|Süper Lig|Libertadores|MotoGP|Formula One|disposals|clearances|three-quarter time|semi-finals?|quarter-finals?|straight sets|ATP|WTA|Grand Slam|peloton|yellow jersey|Tour de France|Giro d'Italia|Vuelta|footballers?|first-team|Ballon d'Or|top flight|title fight|quarter-time|set shot|injured reserve|practice squad|practiced fully|did not practice|game-time decision|depth chart|trade deadline|wild[- ]card|(?:first|second|third)-round pick|draft picks?|free agency)\b/gi;
/** A score in running text ("38-22", "2–1"), or an Australian football one ("14.10 (94)"). */
const SCORE_ANYWHERE = new RegExp(String.raw`${SCORE}|\b\d{1,2}\.\d{1,2}[\s\u00A0]+\(\d{1,3}\)`, 'u');
/** A British headline's result ("Liverpool 2 Chelsea 1"), read in the article's first lines only. */
const HEADLINE_RESULT = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \d{1,2},? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \d{1,2}(?![\d,.])/u;
/** How much of an article its headline's result is looked for in. */
const HEADLINE_REACH = 400;

/** How many words only games use make a sports report with a score in it, and without one (a preview, a season's story). */
const SPORTS_WORDS_WITH_SCORE = 2;
const SPORTS_WORDS_WITHOUT_SCORE = 3;

/**
 * Whether `text` reads as a sports report: a score and two or more words only games use
 * (`SPORTS_WORDS`), or three such words. There a city's or a state's name as a side's subject or object is the side.
 */
export function sportsReport(text: string): boolean {
  // A report shows its game in its first lines; a long page is read no further (its cost stays flat).
  const head = text.length > SPORTS_REACH ? text.slice(0, SPORTS_REACH) : text;
  const needed = SCORE_ANYWHERE.test(head) || HEADLINE_RESULT.test(head.slice(0, HEADLINE_REACH)) ? SPORTS_WORDS_WITH_SCORE : SPORTS_WORDS_WITHOUT_SCORE;
  let n = 0;
  for (const _ of head.matchAll(SPORTS_WORDS)) if (++n >= needed) return true;
  return false;
}

/** How much of an article is read for the words of a game: a long report's first screens. */
const SPORTS_REACH = 8_000;

/** A place in a table: "first" to "tenth", "11th", "22nd". */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
/** A side's doings right after its name: "Houston clinched the AFC South", "Dallas hosts Washington", "Utah pulled away". */
const SIDE_VERB_AFTER = new RegExp(
  String.raw`^[\s\u00A0]+(?:clinched|clinches|hosts|hosted|host|visits|visited|visit|faces|faced|face|trails|trailed|rallied|improved|outscored|outlasted|clinch|hired|signed|traded|waived|drafted|acquired|kicked|scored|won|lost|beat|edged|led|awaits|reached|pulled[\s\u00A0]+away|held[\s\u00A0]+on|cruised|game|match|clash|will[\s\u00A0]+(?:host|visit|face|play|meet)|(?:has|had|have)[\s\u00A0]+(?:won|lost|beaten|clinched|led|cut|equali[sz]ed|been[\s\u00A0]+outbid|the[\s\u00A0]+(?:league|conference|division)['’]s)|(?:is|are|was) coming off|came from behind|dropped points|its[\s\u00A0]+(?:first|last|only)[\s\u00A0]+lead|travels?[\s\u00A0]+to|(?:fell|dropped|slipped)[\s\u00A0]+to[\s\u00A0]+\d{1,2}-\d{1,2}|play|plays|meet|meets|fired|landed|lands|defen[cs]e|offen[cs]e|secondary|backfield|offensive line|defensive line|pass rush|bullpen|backcourt|frontcourt|will listen to offers|(?:is|are) interested in|went top|goes top|go top|moved top|(?:is|are|was|were)[\s\u00A0]+(?:both[\s\u00A0]+)?\d{1,2}-\d{1,2}|(?:a[\s\u00A0]+)?half-game|\d{1,2}[\s\u00A0]+games?[\s\u00A0]+(?:back|behind|ahead)|expects?|finished|owner|leads|pulled[\s\u00A0]+within|routed|thrashed|blanked|stunned|crushed|hammered|downed|swept|(?:ended|snapped|extended)[\s\u00A0]+(?:a|an|its|their)[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,2}(?:skid|streak|run|drought)|(?:hold|hang)[\s\u00A0]+on|at[\s\u00A0]+\d{1,2}-\d{1,2}(?![\d-])|(?:moved|jumped|climbed|fell|dropped|slipped|rose|held|stayed|remained)(?:[\s\u00A0]+(?:up|down))?(?:[\s\u00A0]+\p{L}+[\s\u00A0]+spots?)?[\s\u00A0]+(?:to|at|from)[\s\u00A0]+No\.|(?:is|was|are|were)[\s\u00A0]+${ORDINAL}(?=[,.;]|[\s\u00A0]+(?:in|on|with|place|behind))|renewed|sacked|appointed|matches|fixtures|(?:slipped|climbed|moved|dropped|rose|fell|jumped)[\s\u00A0]+(?:up[\s\u00A0]+|back[\s\u00A0]+)?to[\s\u00A0]+(?:${ORDINAL}|top|bottom)|to[\s\u00A0]+go[\s\u00A0]+(?:[\p{L}\d]+[\s\u00A0]+)?points?[\s\u00A0]+clear|went[\s\u00A0]+\d{1,3}-\d{1,3}|moved[\s\u00A0]+within|played[\s\u00A0]+without|(?:is|are|was|were|will[\s\u00A0]+be)[\s\u00A0]+without|sends?[\s\u00A0]+the[\s\u00A0]+No\.|${ORDINAL}(?=,|[\s\u00A0]+(?:in|on|with|place)\b)|v\.?|vs\.?)(?![\p{L}])`,
  'u',
);;
/** A side after another side's doings, a poll's rank or a seeding, or a player's school or club: "Dallas hosts Washington", "faced Boston", "No. 9 Miami", "top-seeded Indiana", "committed to Alabama". */
const SIDE_VERB_BEFORE =
  /(?:\b(?:v|vs)\.?|\b(?:hosts|hosted|host|visits|visited|visit|faces|faced|face|against|committed to|commits to|signed with|transferred to|transferred from|picked|chose|beating|matches|behind|(?:loss|win|victory|defeat) (?:at|to|over|against)|(?:lost|losing|won|winning)(?: only)? at|(?:another|scores|score) for|plays|played|play|meets|meet|met|ahead of|(?:play|plays|played|trip|game|games) at|leads|lead|beat|beats|defeated|routed|edged|held off|pulled away from|visiting|(?:loan|transfer|switch) (?:from|to)|a move (?:to|from)|hired from|hired away from|away to|away at|at home to|lost to|losing to|fell to|coached at|managed|in charge of|commitment from|over|interest from|(?:unbeaten |undefeated )?\d{1,3}\*?(?: not out)? for|(?:seasons?|years|stint|spell|games|matches) with|within (?:(?:a|one|two|three|four|five|six|\d{1,2}) (?:games?|points?) )?of|leading|guided|guiding|(?:would |will )?(?:match|matches|pairs|pair)|level(?: on points)? with|(?:go|goes|went|move|moves|moved|climb|climbs|climbed|stay|stays|stayed|sit|sits|sat)(?: back)? (?:above|below)|points (?:above|below|clear of)|(?:newly )?promoted|relegated|[\p{Ll}]+-placed|league leaders|defending champions|(?:record|permanent|loan|big-money|free) move (?:to|from)|(?:season|seasons|year|years|drafted|prospect|recruit) out of|picks? to|(?:goes|starts|pitches) for|college [\p{Ll}]+ at|(?:game|games|match|matches|appearance|appearances|debut|season|seasons) for)|\b[Nn]o\.[\s\u00A0]?\d{1,2}|\b(?:[Tt]op|[Ss]econd|[Tt]hird|[Ff]ourth|\d{1,2}(?:st|nd|rd|th))-seeded)[\s\u00A0]+$/u;

/** A schedule's line: a side, a colon, and where it plays next ("Lakers: At Brooklyn on Tuesday", "Knicks: Host Miami"). */
const SCHEDULE_BEFORE = /(?:^|\n)[\p{Lu}][\p{L}.' ]{0,30}:[\s\u00A0]+(?:At|Host|Hosts|Visit|Visits|Vs\.?|Against|Plays|Faces|Meets)[\s\u00A0]+$/u;

/** A side's player, officer or unit after its possessive: "Atlanta's backup", "Detroit's secondary", "Monaco's American forward". */
const POSSESSIVE_ROLE_AFTER = new RegExp(String.raw`^['’]s[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:${ROLES}|backup|starters?|unit|secondary|bullpen|backfield|rotation|pass rush|receiving corps|offensive line|defensive line)(?![\p{L}])`, 'u');
/** A side dealing in a player: "Boston is shopping outfielder Jarren Duran", "Toronto has asked about Venezuelan catcher William Contreras". */
const DEALS_IN_PLAYER_AFTER = new RegExp(String.raw`^[\s\u00A0]+(?:(?:is|are|was|were|has|have|had)[\s\u00A0]+)?(?:shopping|shopped|asked|inquired|traded|trading|acquired|acquiring|signed|signing|released|waived|claimed|dealt|landed|re-signed|extended|interested)(?:[\s\u00A0]+(?:about|for|on|in))?[\s\u00A0]+(?:\p{Lu}\p{Ll}+[\s\u00A0]+)?${ROLES}[\s\u00A0]+\p{Lu}`, 'u');
/** A player's side after the player: "catcher William Contreras of Milwaukee" (not a hometown: "of Lebanon, Tennessee"). */
const PLAYER_OF_BEFORE = new RegExp(String.raw`${ROLES}[\s\u00A0]+\p{Lu}[\p{L}'’-]+(?:[\s\u00A0]+\p{Lu}[\p{L}'’-]+){0,2}[\s\u00A0]+of[\s\u00A0]+$`, 'u');

/**
 * A player's position as injury reports, fantasy columns, drafts and transactions abbreviate it (two letters or
 * more: "C", "S" and "G" are too often something else).
 */
const POSITIONS = String.raw`(?:QB|RB|FB|WR|TE|OL|OT|OG|LT|RT|DT|DE|DL|LB|ILB|OLB|CB|DB|FS|SS|RHP|LHP|1B|2B|3B|OF|DH|LW|RW|PG|SG|SF|PF)`;
/** A report's line headed by a side, its player's position next: "TENNESSEE: QB Cam Ward practiced fully". */
const HEADER_POSITION_AFTER = new RegExp(String.raw`^:[\s\u00A0]+${POSITIONS}[\s\u00A0]+\p{Lu}`, 'u');
/** A player's side after the player's position: "Chad Hamilton, RB, Houston", "select QB Dallas Reeves, Miami". */
const POSITION_BEFORE = new RegExp(String.raw`(?:\b${POSITIONS},|\b${POSITIONS}[\s\u00A0]+\p{Lu}[\p{L}.'’-]+(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]+){0,2},)[\s\u00A0]+$`, 'u');
/** A side's player and the injury after the side's possessive: "Kansas City's Isiah Pacheco (knee)". */
const INJURED_PLAYER_AFTER =
  /^['’]s[\s\u00A0]+\p{Lu}[\p{L}.'’-]+(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]+){1,2}[\s\u00A0]+\((?:knee|ankle|hamstring|foot|back|shoulder|groin|hip|calf|concussion|illness|wrist|hand|elbow|neck|ribs?|quad|thigh|toe|oblique|Achilles|personal|rest)\)/u;
/** A side's points or games in a table's brackets: "Colorado (68 points)", "Nashville (57) are clinging on". */
const TABLE_POINTS_AFTER = /^[\s\u00A0]+\(\d{1,3}(?:[\s\u00A0]+(?:points|pts))?\)/u;
/** A box score's line of a side's players with their season's totals: "HRs—Chicago, Happ (17), Suzuki (26)". */
const BOX_PLAYER_AFTER = /^,[\s\u00A0]+\p{Lu}[\p{L}'’-]+[\s\u00A0]+\(\d{1,3}\)/u;
/** A trade's receiving side: "sent center Walker Kessler to Chicago", "traded Marcus Lindqvist to Sacramento". */
const TRADED_TO_BEFORE = new RegExp(String.raw`\b(?:sent|sends|traded|trades|dealt|deals|shipped|ships|trade[\s\u00A0]+of)[\s\u00A0]+(?:(?:${ROLES}|${POSITIONS})[\s\u00A0]+)?\p{Lu}[\p{L}'’-]+(?:[\s\u00A0]+\p{Lu}[\p{L}'’-]+){0,2}[\s\u00A0]+to[\s\u00A0]+$`, 'u');

/** A schedule's game, away side at home side, one of a line's list: "MONDAY: Baltimore at L.A.", "Miami at New York; Golden State at Houston". */
const AWAY_AT_AFTER = /^[\s\u00A0]+at[\s\u00A0]+\p{Lu}[\p{L}.'’]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’]*){0,2}[\s\u00A0]*(?:[;,]|\.?$|\.?\n|\.[\s\u00A0])/u;
const HOME_AT_BEFORE = /(?:^|\n|[;:][\s\u00A0]+)\p{Lu}[\p{L}.'’]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’]*){0,2}[\s\u00A0]+at[\s\u00A0]+$/u;
/** Where a schedule's game can open: after a colon or a semicolon, or near its line's start. */
const GAME_OPENS_BEFORE = /[;:][\s\u00A0]*$|(?:^|\n)[^\n]{0,20}$/u;

/** Whether a side is named by the shapes of injury reports, tables, box scores, drafts, trades and schedules around it. */
function sideInListing(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 80), start);
  return (
    HEADER_POSITION_AFTER.test(after) ||
    INJURED_PLAYER_AFTER.test(after) ||
    TABLE_POINTS_AFTER.test(after) ||
    BOX_PLAYER_AFTER.test(after) ||
    POSITION_BEFORE.test(before) ||
    TRADED_TO_BEFORE.test(before) ||
    (GAME_OPENS_BEFORE.test(before) && AWAY_AT_AFTER.test(after)) ||
    HOME_AT_BEFORE.test(before)
  );
}

/**
 * The capitalised names listed before a name, up to the list's first ("ahead of Orlando and ", "behind the
 * Detroit Lions and ", "Indiana, Ohio State, "; "and then" too): a list's names share the words before it.
 * A word with a lower-case part after a hyphen ("Top-seeded") is no name, so it stays before the list.
 */
const LIST_BEFORE = /(?:(?:the[\s\u00A0]+)?\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)?(?:[\s\u00A0]+\p{Lu}[\p{L}.'’]*){0,3}(?:,[\s\u00A0]+|,?[\s\u00A0]+(?:and|or|&)(?:[\s\u00A0]+then)?[\s\u00A0]+))+$/u;

/** How far back a list of sides is read: a few names. */
const LIST_REACH = 90;

/** The names listed after a name, to the list's last ("Tennessee, Michigan State and Iowa State all won"). */
const LIST_AFTER = /^(?:(?:,[\s\u00A0]+|,?[\s\u00A0]+(?:and|or|&)[\s\u00A0]+)(?:the[\s\u00A0]+)?\p{Lu}[\p{L}.'’]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’]*){0,3})+/u;
/** A list's own verb of a game: "Tennessee, Michigan State and Iowa State all won", "Arizona and Texas Tech play Sunday" (not "will host": cities host games). */
const LIST_RESULT_AFTER = /^[\s\u00A0]+(?:won|lost|beat|drew|play|meet|face|clinched|advanced)(?![\p{L}])/u;
/** What may stand between a side (or a list of sides) and its verb: a school's state in brackets ("Miami (Ohio) beat"), a clause ("Barcelona, who had led by a point, face Girona"), "all" or "both". */
const BEFORE_SIDE_VERB = /^(?:[\s\u00A0]*\(\p{Lu}[\p{L}. ]{0,20}\))?(?:,[\s\u00A0]+who[^,.;!?]{1,60},|,[\s\u00A0]+(?:which|who)(?=[\s\u00A0]))?(?:[\s\u00A0]+(?:all|both)(?=[\s\u00A0]))?/u;

/** Where the list the name at `start` ends is opens, or `start` when no list comes before it. */
function listStart(text: string, start: number): number {
  // Most names follow no list: only a comma, "and", "or", "&" or "then" right before one can end one.
  if (!/(?:,|\band|\bor|&|\bthen)[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 6), start))) return start;
  const from = Math.max(0, start - LIST_REACH);
  const list = LIST_BEFORE.exec(text.slice(from, start));
  return list ? from + list.index : start;
}

/**
 * Whether the name at `start..end`, in a sports report, is a side by the verb around it ("Dallas hosts
 * Washington"), or by the words before the list it ends ("a half-game ahead of Orlando and Atlanta",
 * "two games behind the Detroit Lions and Seattle", "Top-seeded Indiana, Ohio State, Georgia and Texas Tech"), or
 * by the verb after the list it opens ("Tennessee, Michigan State and Iowa State all won").
 */
export function sideInReport(text: string, start: number, end: number): boolean {
  if (sideInListing(text, start, end) || SIDE_RECORD_AFTER.test(text.slice(end, end + 30)) || DEALS_IN_PLAYER_AFTER.test(text.slice(end, end + 70)) || (/^['’]s/u.test(text.slice(end, end + 2)) && POSSESSIVE_ROLE_AFTER.test(text.slice(end, end + 60)))) return true;
  if (/\bof[\s\u00A0]+$/u.test(text.slice(Math.max(0, start - 4), start)) && PLAYER_OF_BEFORE.test(text.slice(Math.max(0, start - 70), start)) && !/^,[\s\u00A0]+\p{Lu}/u.test(text.slice(end, end + 3))) return true;
  const verbAfter = (at: number, verb: RegExp) => {
    const after = text.slice(at, at + 130);
    return verb.test(after.slice(BEFORE_SIDE_VERB.exec(after)![0].length));
  };
  const list = /^,?[\s\u00A0]/u.test(text.slice(end, end + 2)) ? LIST_AFTER.exec(text.slice(end, end + LIST_REACH)) : null;
  // Not after a word of place: "In Cardiff, New Zealand beat Wales" names where, then who.
  if (verbAfter(end, SIDE_VERB_AFTER) || (list !== null && !placeAgain(text, start) && verbAfter(end + list[0].length, LIST_RESULT_AFTER))) return true;
  for (const at of new Set([start, listStart(text, start)])) {
    if (SIDE_VERB_BEFORE.test(text.slice(Math.max(0, at - 36), at)) || SCHEDULE_BEFORE.test(text.slice(Math.max(0, at - 45), at))) return true;
  }
  return false;
}
/** A side's record or its kind in apposition ("Alabama, with one loss, was waiting", "Portland, the most successful club"), or its run or its figures as a possessive ("Toronto's seven-game winning streak", "Houston's five sacks"). */
const SIDE_RECORD_AFTER =
  /^(?:,[\s\u00A0]+with[\s\u00A0]+(?:one|two|three|four|five|no|\d+)[\s\u00A0]+(?:loss|losses|win|wins|defeat|defeats)\b|,[\s\u00A0]+(?:the|a)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}(?:club|side|franchise)\b(?![\s\u00A0]+(?:said|says|announced|confirmed|added))|['’]s[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,2}(?:streak|season|lineup|roster|defen[cs]e|offen[cs]e|goalkeeper|captain|bench|rally|comeback|sacks|turnovers|touchdowns|rebounds|interceptions|wickets|games|wins|losses|goals|shots|attack|backline|bowlers|academy|squad|first team|youth team|fans|supporters)\b)/u;

/**
 * Words before a place that keep it the place where a side of the same name plays: "in Dallas", "back to Boston",
 * and a part of it in lower case ("north Georgia", "rural Minnesota", "downtown Denver").
 */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|near|outside|inside|into|across|around|throughout|of|visit|visited|visiting)[\s\u00A0]+$/iu;
const PART_BEFORE =
  /(?:^|[^\p{L}])(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|upstate|downstate|rural|downtown|suburban)[\s\u00A0]+$/u;

/** Whether a side's name seen in a result is the place again here: after a word of place ("in Dallas"). */
export function placeAgain(text: string, start: number): boolean {
  // After a town and a comma too: "in Arlington, Texas" is the state, whatever side "Texas" was.
  const before = text.slice(Math.max(0, start - 20), start);
  return LOCATIVE_BEFORE.test(before) || PART_BEFORE.test(before) || townCommaBefore(text, start);
}

/**
 * A city's or a state's own office or body right after its name, or a part or people of it after its possessive:
 * "Brisbane Lord Mayor Adrian Schrinner", "the Denver City Council", "the Georgia Department of Transportation",
 * "Florida's southeast coast", "Seattle's large Japanese community".
 */
const CITY_OFFICE_AFTER =
  /^(?:[\s\u00A0]+(?:Lord Mayor|Mayor|Deputy Mayor|Premier|Governor|Gov\.|City Council|County|Police|Airport|City Hall|Department|Legislature|General Assembly|State Patrol|Highway Patrol|Board of|Supreme Court|Attorney General|mayor|council|police|airport|lawmakers|legislature|capital|governor|border|coast|coastline|suburbs)|['’]s[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+){0,2}(?:coast|coastline|border|suburbs|downtown|residents|community|governor|legislature|lawmakers|economy|population|streets|skyline|neighbou?rhoods|weather))(?![\p{L}])/u;

/** Whether the name ending at `end` is the place by the office after it, whatever side it named before ("Brisbane Lord Mayor"). */
export function cityOfficeAfter(text: string, end: number): boolean {
  return CITY_OFFICE_AFTER.test(text.slice(end, end + 20));
}

/**
 * Whether an entry's name, in a match result, names a team that is not the place: a city's club (a
 * city-state's too), and a US state's university team ("Georgia beat Alabama 27-24": US college sport names its teams after states,
 * where other countries' regions and nations field their own sides, as countries field national teams).
 */
export function teamNamedAfter(id: string): boolean {
  return id.startsWith('city-') || id.startsWith('region-us-') || CITY_STATES_WITH_CLUBS.has(id);
}

/**
 * City-states whose name is a club's in another country's league rather than a national side's: Monaco's
 * (Ligue 1, the EuroLeague), Andorra's (Spain's second division). "Monaco beat Marseille 3-2" names the club.
 */
const CITY_STATES_WITH_CLUBS = new Set(['country-mc', 'country-ad']);

/** A side's name in a result: one to four capitalised words ("Odessa", "Jefferson City", "Kent State"). */
const SIDE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** The other side after the verb ("beat [Odessa] 35-28"), and before it ("[Jefferson City] beat "); `d` gives where it stands. */
const OPPONENT_AFTER = new RegExp(String.raw`^[\s\u00A0]+${RESULT_VERBS}(?:[\s\u00A0]+(?:to|with))?[\s\u00A0]+(?:the[\s\u00A0]+)?(${SIDE_NAME})[\s\u00A0]+${SCORE}`, 'du');
const OPPONENT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${SIDE_NAME})[\s\u00A0]+${RESULT_VERBS}[\s\u00A0]+$`, 'du');

/**
 * Where the other side of a result with the name at `start..end` is written: "Mexico beat [Odessa] 35-28",
 * "[Jefferson City] beat Lebanon 24-17". Null when the name is in no such result.
 */
export function opponentInResult(text: string, start: number, end: number): { start: number; end: number } | null {
  const after = OPPONENT_AFTER.exec(text.slice(end, end + 80))?.indices?.[1];
  if (after) return { start: end + after[0], end: end + after[1] };
  if (!SCORE_AFTER.test(text.slice(end, end + 12))) return null;
  const from = Math.max(0, start - 60);
  const before = OPPONENT_BEFORE.exec(text.slice(from, start))?.indices?.[1];
  return before ? { start: from + before[0], end: from + before[1] } : null;
}
