/** A place's name used for a side in sport (sides.ts), alone and through the bundled packs' matcher. */
import { describe, expect, it } from 'vitest';
import { compileMatcher, matcherFromData } from './matcher';
import { BUNDLED_PACKS } from './packs/index';
import { cityOfficeAfter, clubInResult, placeAgain, sideInReport, sportsReport, teamNamedAfter } from './sides';

const matcher = compileMatcher(BUNDLED_PACKS.flatMap((p) => p.entries));
const restored = matcherFromData(matcher.data);
const foundBy = (m: { match(t: string): Array<{ start: number; end: number; entryId: string | null; candidates?: string[] }> }) => (text: string) =>
  m.match(text).map((x) => [text.slice(x.start, x.end), x.entryId ?? `? ${x.candidates?.join(' / ')}`]);
const found = (text: string) => {
  const a = foundBy(matcher)(text);
  expect(foundBy(restored)(text)).toEqual(a);
  return a;
};

describe('a US state in a match result is a college team', () => {
  it('Georgia beat Alabama 27-24: neither state is underlined; England beat Spain: the nation stays', () => {
    expect(found('In Atlanta, three days after Georgia beat Alabama 27-24, the school announced it.')).toEqual([['Atlanta', 'city-4180439']]);
    expect(found('Georgia lawmakers met in Atlanta.')[0]).toEqual(['Georgia', 'region-us-ga']);
    expect(found('England beat Spain 3-1 on Friday.')).toEqual([['England', 'region-gb-eng'], ['Spain', 'country-es']]);
  });
  it('after "lost to" too, and "Georgia" once the article makes it the state', () => {
    expect(found('In Atlanta, fans watched as Georgia lost to Alabama 24-21 in Tuscaloosa.')).toEqual([['Atlanta', 'city-4180439']]);
  });

  it('cities and US states only', () => {
    expect(['city-1', 'region-us-ga'].every(teamNamedAfter)).toBe(true);
    expect(['region-gb-eng', 'region-au-qld', 'country-es'].some(teamNamedAfter)).toBe(false);
  });
});

describe('a city in a match result is its club', () => {
  const club = (text: string, name: string) => clubInResult(text, text.lastIndexOf(name), text.lastIndexOf(name) + name.length);
  it.each([
    ['Real Madrid drew 1-1 with Liverpool in Madrid.', 'Liverpool'],
    ['Inter won 2-0 at Barcelona.', 'Barcelona'],
    ['Arsenal beat Liverpool 3-1 on Sunday.', 'Liverpool'],
    ['Liverpool beat Chelsea 2-0 at home.', 'Liverpool'],
    ['They lost 2–1 to Milan.', 'Milan'],
    ['The teenager, who joined from Barcelona in the summer, scored.', 'Barcelona'],
    ['He signed for Milan in 2019.', 'Milan'],
    ['They lost to Milan 2-1.', 'Milan'],
    ['The Lakers outscored Dallas 38-22 in the third quarter.', 'Dallas'],
    ['Jaylen Brown had 29 points for Boston, which has lost four of five.', 'Boston'],
    ['Wide receiver DeAndre Moore caught a touchdown pass for Texas.', 'Texas'],
    ['Cooper Flagg led Dallas with 27 points and 10 rebounds.', 'Dallas'],
    ["Nikola Jokic had a triple-double in Denver's 131-120 win over the Utah Jazz.", 'Denver'],
    ['Dallas rookie Cooper Flagg scored 22.', 'Dallas'],
    ['Lamar Jackson threw four touchdown passes in a 38-17 rout of Cleveland.', 'Cleveland'],
    // dev/b12-03, b12-10, b12-12, b13-23: a record, a run, a game named before, a scorer, a goal that puts a side ahead.
    ['Texas (11-1) has won eight straight.', 'Texas'],
    ['Buffalo is 8-4 and one game behind; Cleveland has lost five straight.', 'Cleveland'],
    ["The NFL moved the Buffalo Bills' game against Cleveland to Monday.", 'Cleveland'],
    ['David Pastrnak scored twice for Boston.', 'Boston'],
    ['Mohamed Salah put Liverpool ahead in the 14th minute.', 'Liverpool'],
    ['Florida captain Aleksander Barkov had a goal.', 'Florida'],
  ])('%s — %s is a club', (text, name) => expect(club(text, name)).toBe(true));
  it.each([
    ['Real Madrid drew 1-1 with Liverpool in Madrid.', 'Madrid'],
    ['Flights to Liverpool resumed on Monday.', 'Liverpool'],
    ['Prices in Barcelona rose 2-3% last year.', 'Barcelona'],
    ['She moved from Barcelona in the summer.', 'Barcelona'],
    ['The storm left 12 points of damage for Boston to repair.', 'Boston'],
    ['She led Dallas for eight years as mayor.', 'Dallas'],
    ["Denver's 2-1 vote on the measure passed.", 'Denver'],
    ['Dallas police arrested two men.', 'Dallas'],
    ['Texas (pop. 31 million) has grown fastest.', 'Texas'],
    ['Cleveland has lost five straight years of population.', 'Cleveland'],
    ['The war against Boston was a figure of speech.', 'Boston'],
    ['The blast put Boston on alert.', 'Boston'],
  ])('%s — %s is the city', (text, name) => expect(club(text, name)).toBe(false));

  it('on the bundled packs: a side seen in a result is the side later too, but the city after a word of place', () => {
    const text = 'The Lakers outscored Dallas 38-22 in the third quarter, and the rookie had 12 rebounds. Dallas visits the Phoenix Suns on Saturday before returning to Dallas.';
    const dallas = matcher.match(text).filter((m) => text.slice(m.start, m.end) === 'Dallas');
    expect(dallas.map((m) => m.start)).toEqual([text.lastIndexOf('Dallas')]);
    expect(placeAgain(text, text.lastIndexOf('Dallas'))).toBe(true);
    expect(placeAgain(text, text.indexOf('Dallas visits'))).toBe(false);
  });

  it('on the bundled packs: the venue stays a city, the teams go, and countries stay national teams', () => {
    expect(found('Real Madrid drew 1-1 with Liverpool in Madrid, and Inter Milan won 2-0 at Barcelona.')).toEqual([['Madrid', 'city-3117735']]);
    expect(found('England beat Spain 3-1 in Lisbon.')).toEqual([['England', 'region-gb-eng'], ['Spain', 'country-es'], ['Lisbon', 'city-2267057']]);
  });
});

describe('a side in a sports report, by the verb around it', () => {
  // dev/b5-06.
  const report = 'The Chiefs won 24-17 as the quarterback threw three touchdowns. Houston clinched the AFC South. Dallas hosts Washington on Christmas Day.';
  it('reads a report by its words, and the verbs of a side', () => {
    expect(sportsReport(report)).toBe(true);
    expect(sportsReport('Washington hosts the summit in Dallas, where the mayor met the governor.')).toBe(false);
    expect(sideInReport(report, report.indexOf('Houston'), report.indexOf('Houston') + 7)).toBe(true);
    expect(sideInReport(report, report.indexOf('Washington'), report.indexOf('Washington') + 10)).toBe(true);
    expect(sideInReport('Fans gathered in Dallas.', 17, 23)).toBe(false);
    expect(sideInReport('Hayes committed to Alabama.', 19, 26)).toBe(true);
    expect(sideInReport('Notre Dame got in despite an early loss at Miami.', 43, 48)).toBe(true);
    expect(sideInReport('Chicago hired a general manager.', 0, 7)).toBe(true);
    // dev/b18-25, b19-14, b19-17, b19-18.
    expect(sideInReport('Phoenix had led through two goals.', 0, 7)).toBe(true);
    expect(sideInReport('Guenther scored as Utah pulled away.', 19, 23)).toBe(true);
    expect(sideInReport("He had two of Houston's five sacks.", 14, 21)).toBe(true);
    const bracket = 'No. 9 Miami at Kyle Field; top-seeded Indiana has a bye.';
    expect(sideInReport(bracket, bracket.indexOf('Miami'), bracket.indexOf('Miami') + 5)).toBe(true);
    expect(sideInReport(bracket, bracket.indexOf('Indiana'), bracket.indexOf('Indiana') + 7)).toBe(true);
    expect(sideInReport("He moved to Houston's suburbs.", 12, 19)).toBe(false);
    // dev/b21-06, b21-07.
    expect(sideInReport('Gonzaga plays Memphis on Saturday.', 14, 21)).toBe(true);
    expect(sideInReport('Dallas had cut the deficit.', 0, 6)).toBe(true);
    // dev/b22-01, b22-06.
    expect(sideInReport('The Packers lead Chicago by a game and play at Minnesota.', 17, 24)).toBe(true);
    expect(sideInReport('The Packers lead Chicago by a game and play at Minnesota.', 47, 56)).toBe(true);
    expect(sideInReport('"The Barcelona game is huge," he said.', 5, 14)).toBe(true);
    expect(sideInReport('In the Melbourne derby, Victory drew.', 7, 16)).toBe(false);
    const nix = 'Bo Nix threw for two scores and ran for another for Denver.';
    expect(sideInReport(nix, nix.indexOf('Denver'), nix.indexOf('Denver') + 6)).toBe(true);
    expect(sideInReport('Alabama, with one loss, was waiting in Tuscaloosa.', 0, 7)).toBe(true);
    // dev/b8-05, b8-08.
    expect(sideInReport('until Brisbane kicked six unanswered goals', 6, 14)).toBe(true);
    expect(sideInReport("to snap Toronto's seven-game winning streak", 8, 15)).toBe(true);
    // dev/b10-11, b10-12: fixtures and a side's last game.
    expect(sideInReport('Sunday: Liverpool v Tottenham Hotspur.', 8, 17)).toBe(true);
    expect(sideInReport('Miami is coming off a 121-115 win.', 0, 5)).toBe(true);
    expect(placeAgain('the final in Arlington, Texas, on Saturday', 'the final in Arlington, '.length)).toBe(true);
    // dev/b12-10, b12-12: beating, losing at, points behind, a side that will host, a side that awaits.
    expect(sideInReport('after beating Memphis at home', 'after beating '.length, 'after beating Memphis'.length)).toBe(true);
    expect(sideInReport('since losing at Florida in October', 'since losing at '.length, 'since losing at Florida'.length)).toBe(true);
    expect(sideInReport('fell two points behind Toronto', 'fell two points behind '.length, 'fell two points behind Toronto'.length)).toBe(true);
    expect(sideInReport('Oklahoma City will host Houston', 0, 'Oklahoma City'.length)).toBe(true);
    expect(sideInReport('while Oregon awaits the winner', 'while '.length, 'while Oregon'.length)).toBe(true);
    // "to face" follows a side's travel: the place it travels to stays ("The Heat travel to Boston to face the Celtics").
    expect(sideInReport('The Heat travel to Boston to face the Celtics.', 'The Heat travel to '.length, 'The Heat travel to Boston'.length)).toBe(false);
  });
  // dev/b19-18, b21-06, b22-02: the words before a list of sides make each of them a side, whatever the names before it are.
  it('reads a side at the end of a list by the words before the list', () => {
    const at = (text: string, name: string) => sideInReport(text, text.lastIndexOf(name), text.lastIndexOf(name) + name.length);
    expect(at('Miami moved into sixth place, a half-game ahead of Orlando and Atlanta.', 'Atlanta')).toBe(true);
    expect(at('Denver continues its trip at Charlotte and Brooklyn.', 'Brooklyn')).toBe(true);
    expect(at('They are two games behind the Detroit Lions and Seattle for the last wild-card spot.', 'Seattle')).toBe(true);
    expect(at('Top-seeded Indiana, Ohio State, Georgia and Texas Tech have first-round byes.', 'Georgia')).toBe(true);
    expect(at('Los Angeles reached the final by beating Portland and then Seattle.', 'Seattle')).toBe(true);
    // dev/b23-02: the verb after the list a name opens, past a school's state in brackets.
    expect(at('Tennessee, Michigan State and Iowa State all won comfortably at home.', 'Tennessee')).toBe(true);
    expect(at('Arizona and Texas Tech play Sunday in Phoenix.', 'Arizona')).toBe(true);
    expect(at('The upset came where Miami (Ohio) beat No. 8 Xavier.', 'Miami')).toBe(true);
    // "In Cardiff, New Zealand beat Wales": where, then who (dev/b13-24); cities host games (not sides).
    expect(at('In Cardiff, New Zealand beat Wales 41-13.', 'Cardiff')).toBe(false);
    expect(at('Dallas, Houston and Kansas City will host matches.', 'Dallas')).toBe(false);
    // A list after words of place stays places.
    expect(at('The tour stops in Orlando and Atlanta.', 'Atlanta')).toBe(false);
    expect(at('Fans flew in from Orlando, Tampa and Atlanta.', 'Atlanta')).toBe(false);
    expect(at('Orlando and Atlanta were the coldest cities.', 'Atlanta')).toBe(false);
  });
  // dev/b22-07, b23-05, b23-06, b23-07, b23-10, b23-12, b23-14.
  it('reads the words of a side in the leagues of several sports', () => {
    const at = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(clubInResult('Houston held off Kentucky 71-68 on Saturday.', 17, 25)).toBe(true);
    expect(at('Gonzaga beat Washington State at home.', 'Washington State')).toBe(true);
    expect(at('UConn pulled away from Florida in the second half.', 'Florida')).toBe(true);
    expect(at("He has points in 25 of Edmonton's 33 games.", 'Edmonton')).toBe(true);
    expect(at('The Flames start a trip in Seattle before visiting San Jose and Los Angeles.', 'Los Angeles')).toBe(true);
    expect(at('Atlanta finished 14th in the Eastern Conference.', 'Atlanta')).toBe(true);
    expect(at('as Liverpool came from behind to beat Chelsea', 'Liverpool')).toBe(true);
    expect(at('The result leaves Liverpool third, five points behind.', 'Liverpool')).toBe(true);
    expect(at('while Liverpool travel to Wolves.', 'Liverpool')).toBe(true);
    expect(at('whose loan from Barcelona was made permanent', 'Barcelona')).toBe(true);
    expect(at('playing his first game of the season for Adelaide, took four for 19', 'Adelaide')).toBe(true);
    expect(at('Brisbane expect midfielder Lachie Neale to be fit.', 'Brisbane')).toBe(true);
    expect(at('Lucknow owner Sanjiv Goenka said the team was happy.', 'Lucknow')).toBe(true);
    expect(clubInResult('while Sydney onballer Chad Warner trained', 6, 12)).toBe(true);
    expect(clubInResult('and Melbourne ruckman Max Gawn, 35, will be managed', 4, 13)).toBe(true);
    // dev/b28-06 … b28-17: standings, coaching searches, recruiting, trades.
    expect(at('Oklahoma City leads the West by three games over Denver and Houston.', 'Houston')).toBe(true);
    expect(at('with Jacksonville a half-game further back', 'Jacksonville')).toBe(true);
    expect(at('In the NFC, the Rams and Detroit are both 9-2.', 'Detroit')).toBe(true);
    expect(at('Wisconsin fired football coach Luke Fickell on Wednesday.', 'Wisconsin')).toBe(true);
    expect(at('Fickell, who was hired from Cincinnati after leading the Bearcats', 'Cincinnati')).toBe(true);
    expect(clubInResult('to include Iowa defensive coordinator Phil Parker', 11, 15)).toBe(true);
    expect(at('choosing the Longhorns over Georgia, LSU and Oregon at a ceremony', 'Oregon')).toBe(true);
    expect(at('and Miami landed offensive tackle Israel Okafor', 'Miami')).toBe(true);
    expect(at('Boston is shopping outfielder Jarren Duran.', 'Boston')).toBe(true);
    expect(at('Toronto has asked about Venezuelan catcher William Contreras of Milwaukee.', 'Milwaukee')).toBe(true);
    expect(at('Barcelona went top on goal difference.', 'Barcelona')).toBe(true);
    expect(at('the Spain winger who turned down a move to Barcelona in 2025', 'Barcelona')).toBe(true);
    expect(at('while the Lions are away to Cardiff on Friday', 'Cardiff')).toBe(true);
    // dev/b30-07, b30-11, b30-16, b30-25: a fantasy column's units, a possessive's player, a club in apposition.
    expect(at('Green Bay plays against a Chicago secondary that has allowed 300 yards.', 'Chicago')).toBe(true);
    expect(at("Robinson starts, but Atlanta's backup is worth a flex spot.", 'Atlanta')).toBe(true);
    expect(at("Monaco's American forward Folarin Balogun is on their list.", 'Monaco')).toBe(true);
    expect(at("though Las Vegas has the league's worst offensive line", 'Las Vegas')).toBe(true);
    expect(clubInResult('Waiver claim: Jacksonville rookie receiver Austin Hale', 14, 26)).toBe(true);
    expect(at('Liverpool will listen to offers for Federico Chiesa.', 'Liverpool')).toBe(true);
    expect(at('Portland had equalized in the 61st minute.', 'Portland')).toBe(true);
    expect(at('Portland, the most successful club in league history, lost.', 'Portland')).toBe(true);
    expect(clubInResult('played the last 30 minutes for Portland', 31, 39)).toBe(true);
    // dev/b30-02.
    expect(at('Georgia will meet Alabama in the SEC championship game.', 'Alabama')).toBe(true);
    // dev/b22-04, b33-24, b33-25.
    expect(at('Manning threw for 301 yards for the Longhorns, who lost to Georgia again.', 'Georgia')).toBe(true);
    expect(at('Boston had been outbid for Japanese pitchers.', 'Boston')).toBe(true);
    expect(at('Brooklyn fell to 7-18.', 'Brooklyn')).toBe(true);
    expect(at('who has also coached at Providence, Clemson and Texas', 'Texas')).toBe(true);
    // dev/b32-01, b32-03, b32-08, b32-23.
    expect(at('while Milan dropped points in a 1-1 draw at Como', 'Milan')).toBe(true);
    expect(at('The coach, who has also managed Roma, Milan and Lille, left.', 'Milan')).toBe(true);
    expect(at('Xabi Alonso, in his second season in charge of Madrid, will be without Bellingham.', 'Madrid')).toBe(true);
    expect(at("Cooper Flagg's 3-pointer gave Dallas its last lead with 3:40 to play.", 'Dallas')).toBe(true);
    expect(sportsReport('Real Madrid and Manchester City meet in the Champions League; the top eight qualify for the last 16, the rest go to the Europa League.')).toBe(true);
    // A city's people and its own are not a side's.
    expect(at("He moved to Atlanta's suburbs.", 'Atlanta')).toBe(false);
    expect(at('Portland, the largest city in Oregon, voted.', 'Portland')).toBe(false);
    // A hometown after a player stays ("edge rusher Kingston Hale of Lebanon, Tennessee"); so does a trip's start.
    expect(at('edge rusher Kingston Hale of Lebanon, Tennessee, flipped', 'Lebanon')).toBe(false);
    expect(at('The Stormers travel up from Cape Town without captain Salmaan Moerat.', 'Cape Town')).toBe(false);
    // The place stays: a player's move to a city, the city a trip starts in.
    expect(at('He is happy to move to Perth, the club said.', 'Perth')).toBe(false);
    expect(at('The Flames start a trip in Seattle on Tuesday.', 'Seattle')).toBe(false);
    // A side's city is the city again with its own office after it (dev/b8-05).
    expect(cityOfficeAfter('and Brisbane Lord Mayor Adrian Schrinner said', 'and Brisbane'.length)).toBe(true);
    expect(cityOfficeAfter('until Brisbane kicked six goals', 'until Brisbane'.length)).toBe(false);
    // A city-state's club plays in another country's league; other countries field national sides.
    expect(teamNamedAfter('country-mc')).toBe(true);
    expect(teamNamedAfter('country-fr')).toBe(false);
  });
  it('reads a preview without a score by three words of the game', () => {
    expect(sportsReport('The quarterback and the linebacker led them into the playoffs.')).toBe(true);
    expect(sportsReport('The quarterback was hurt.')).toBe(false);
    // dev/b12-14: a league's or a final's name is a word of the game.
    expect(sportsReport('Inter Miami hosts LAFC in the MLS Cup final. He scored in all three playoff rounds and has nine assists.')).toBe(true);
    expect(sportsReport('The NFL signed a media deal; its shares rose as the league grew.')).toBe(false);
    // dev/b23-07, b23-10, b23-13: a British headline's score, football's and rugby league's words.
    expect(sportsReport('Liverpool 2 Chelsea 1: Wirtz strikes late\n\nIsak, the Sweden striker, equalised before the Premier League break.')).toBe(true);
    expect(sportsReport('The halfback signed until 2031; the NRL club won four premierships.')).toBe(true);
    expect(sportsReport('Apple sold 2 million phones in 3 weeks, the Premier League said.')).toBe(false);
    // A long page is read for its game in its first screens only: a sports box at the foot of a long feature is not it.
    expect(sportsReport('The council met. '.repeat(600) + 'The quarterback threw three touchdowns in overtime.')).toBe(false);
    expect(sportsReport('The quarterback threw three touchdowns in overtime. ' + 'The council met. '.repeat(600))).toBe(true);
    expect(sportsReport('Relegation fears grew, the club said; the board met in the 90th minute of talks.')).toBe(false);
  });
  it('on the bundled packs: a side named before the words that show it, and a side listed with another (dev/b12-10)', () => {
    const preview =
      'Georgia, Texas meet again with playoff byes on the line\n\nATLANTA (AP) — Georgia and Texas will settle the title on Saturday in Atlanta. Texas (11-1) has won eight straight, and its quarterback has 31 touchdown passes. Georgia (11-1) lost only at Alabama. The ACC game in Charlotte, North Carolina, matches Miami and Virginia.';
    expect(found(preview).map(([s]) => s)).toEqual(['ATLANTA', 'AP', 'Atlanta', 'Charlotte', 'North Carolina']);
    // A dateline and a town's region stay places in the same report.
    const report = 'AUSTIN, Texas (AP) — Arch Manning threw two touchdowns as Texas beat Ohio State 28-14, and the linebacker had 12 tackles in overtime.';
    expect(found(report).map(([s]) => s)).toEqual(['AUSTIN', 'Texas', 'AP']);
  });
  it('on the bundled packs: a city with a plural verb is its side (dev/b13-23), with a singular the city', () => {
    expect(found('Liverpool travel to Germany on Wednesday.').map(([s]) => s)).toEqual(['Germany']);
    expect(found('Plymouth have now won five in a row.').map(([s]) => s)).toEqual([]);
    expect(found('Liverpool has a new mayor.').map(([s]) => s)).toEqual(['Liverpool']);
    // dev/b22-07: a verb and "their" after it is a side or a band too; "its" is the city.
    expect(found('Liverpool kept their hopes alive. Chicago released their album.').map(([s]) => s)).toEqual([]);
    expect(found('Chicago raised its taxes.').map(([s]) => s)).toEqual(['Chicago']);
  });
  it('on the bundled packs: the sides go in a report, the same words elsewhere keep the cities', () => {
    expect(found(report).map(([s]) => s)).toEqual([]);
    expect(found('Washington hosts the summit in Dallas.').map(([s]) => s)).toEqual(['Washington', 'Dallas']);
  });
});

describe('a schedule line in a sports report (dev/b14-18)', () => {
  it('reads "Lakers: At Brooklyn", "Knicks: Host Miami" as sides', () => {
    const text = 'Lakers: At Brooklyn on Tuesday.\nKnicks: Host Miami on Wednesday.';
    expect(sideInReport(text, text.indexOf('Brooklyn'), text.indexOf('Brooklyn') + 8)).toBe(true);
    expect(sideInReport(text, text.indexOf('Miami'), text.indexOf('Miami') + 5)).toBe(true);
    expect(sideInReport('The mayor spoke at Brooklyn Borough Hall.', 19, 27)).toBe(false);
  });
});

describe('the listings of North American sport: injury reports, tables, box scores, drafts, trades (dev/b37)', () => {
  const side = (text: string, name: string, from = 0) => {
    const at = text.indexOf(name, from);
    return sideInReport(text, at, at + name.length);
  };
  it('reads a side by the listing shape around it', () => {
    expect(side('JACKSONVILLE: RB Travis Etienne Jr. (hamstring) was limited.', 'JACKSONVILLE')).toBe(true);
    expect(side('START: Chad Hamilton, RB, Houston.', 'Houston')).toBe(true);
    expect(side('Pick 1: Tennessee Titans select QB Dallas Reeves, Miami.', 'Miami')).toBe(true);
    expect(side("Injury watch: Kansas City's Isiah Pacheco (knee) is a game-time decision.", 'Kansas City')).toBe(true);
    expect(side('Colorado (68 points) has the best goal differential.', 'Colorado')).toBe(true);
    expect(side('Louis (58) and Nashville (57) are clinging on.', 'Nashville')).toBe(true);
    expect(side('HRs—Chicago, Happ (17), Suzuki (26).', 'Chicago')).toBe(true);
    expect(side('The Utah Jazz sent center Walker Kessler to Chicago for Nikola Vucevic.', 'Chicago')).toBe(true);
    expect(side("Detroit's secondary is banged up.", 'Detroit')).toBe(true);
  });
  it('leaves the same places in the shapes of other news', () => {
    expect(side('WASHINGTON: The Senate voted on Tuesday.', 'WASHINGTON')).toBe(false);
    expect(side('Dr. Chad Hamilton, of Houston, said.', 'Houston')).toBe(false);
    expect(side('Texas (pop. 30 million) grew fastest.', 'Texas')).toBe(false);
    expect(side('She sent her son Marcus to Chicago for college.', 'Chicago')).toBe(false);
  });
  it('on the bundled packs: an injury report with no score is a sports report, and its sides go', () => {
    const report =
      'NFL injury report\n\nTAMPA BAY: WR Chris Godwin (ankle) did not practice Wednesday and is doubtful for Sunday\'s game at New Orleans. QB Baker Mayfield, who left last week\'s loss to Atlanta, threw on a limited basis.\n\nTENNESSEE: QB Cam Ward practiced fully after missing the second half against Cleveland. The Titans placed CB Jourdan Lewis on injured reserve.';
    expect(sportsReport(report)).toBe(true);
    expect(found(report).map(([s]) => s)).toEqual([]);
  });
  it('a player who struck out nine for a side, had an assist for it, or a side that went 90-72', () => {
    expect(found('NHL: Connor McDavid had a goal and an assist for Edmonton in overtime.').map(([s]) => s)).toEqual([]);
    expect(clubInResult('Kevin Gausman struck out nine over six innings for Toronto.', 51, 58)).toBe(true);
    expect(side('Seattle went 90-72 last season and lost in the playoffs.', 'Seattle')).toBe(true);
  });
});

describe('a side named before is the place again by a part or a body of it (dev/b37)', () => {
  it('north Georgia, the Georgia Department of Transportation, Florida\'s southeast coast', () => {
    const at = (text: string, name: string) => text.indexOf(name);
    const brushed = 'the remnants of a storm brushed north Georgia.';
    expect(placeAgain(brushed, at(brushed, 'Georgia'))).toBe(true);
    expect(placeAgain('crowds in rural Minnesota', at('crowds in rural Minnesota', 'Minnesota'))).toBe(true);
    expect(placeAgain('North Georgia beat Tennessee.', 6)).toBe(false);
    expect(cityOfficeAfter('the Georgia Department of Transportation closed a lane', 11)).toBe(true);
    expect(cityOfficeAfter("Florida's southeast coast was warm", 7)).toBe(true);
    expect(cityOfficeAfter("Florida's defense was warm", 7)).toBe(false);
  });
  it('on the bundled packs: a college side first, the state after', () => {
    const text = 'Georgia beat Tennessee 31-17 in the SEC on Saturday, with two touchdowns in the fourth quarter. Hours earlier a storm brushed north Georgia, and the Georgia Department of Transportation closed a lane of Interstate 85.';
    expect(found(text).map(([s, id]) => `${s} ${id}`)).toEqual(['Georgia region-us-ga', 'Georgia region-us-ga']);
  });
});

describe("a weekend round-up's sides (dev/b36-17)", () => {
  it('by a place in the table, points clear, or a result after an apposition', () => {
    const side = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(side('Milan slipped to third after a 1-1 draw at Genoa.', 'Milan')).toBe(true);
    expect(side('The result allowed Barcelona to go two points clear.', 'Barcelona')).toBe(true);
    expect(clubInResult('Hamburg, back in the top flight this season, beat Werder Bremen 2-1.', 0, 7)).toBe(true);
    expect(clubInResult('Hamburg, a port city, beat its record for visitors.', 0, 7)).toBe(false);
    expect(side('Inflation in Milan slipped to 2% in May.', 'Milan')).toBe(false);
  });
});

describe('Australian football (dev/b39-12)', () => {
  it('a result line with goals, behinds and totals, and a report of one, name the clubs', () => {
    const text = 'Geelong 14.10 (94) d Sydney 11.9 (75)\n\nGEELONG (AAP) — Geelong kept their home record with a 19-point win over Sydney. Sydney had looked sharper, with 14 clearances before three-quarter time.';
    expect(sportsReport(text)).toBe(true);
    expect(found(text).map(([s]) => s)).toEqual(['AAP']);
    expect(found('Sydney 11.9 degrees at noon.').map(([s]) => s)).toEqual(['Sydney']);
  });
});

describe("European football's sides, a cricket scorecard, a player's profile (dev/b40)", () => {
  const side = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('by the table, promotion, a clause before the verb, the club\'s academy, matches and contracts', () => {
    expect(side('Chelsea stay fourth, level on points with Liverpool, who play on Sunday.', 'Liverpool')).toBe(true);
    expect(side('Real Madrid beat Sevilla to go back above Barcelona at the top.', 'Barcelona')).toBe(true);
    expect(side('Leverkusen needed a late goal to beat promoted Hamburg 3-2.', 'Hamburg')).toBe(true);
    expect(side('Barcelona, who had led by a point before kick-off, face Girona on Sunday.', 'Barcelona')).toBe(true);
    expect(side("Lamine Yamal joined Barcelona's academy at seven.", 'Barcelona')).toBe(true);
    expect(side('Barcelona renewed his contract until 2031.', 'Barcelona')).toBe(true);
    expect(side('He is happy to move to Perth next year.', 'Perth')).toBe(false);
    expect(side('Prices in Barcelona rose above Madrid levels.', 'Madrid')).toBe(false);
  });
  it('a cricket innings with its scorers keeps the national sides', () => {
    expect(found('England 317 (Root 122, Brook 58; Bumrah 4-61) and 32-1; India 214 (Gill 71, Jaiswal 40).').map(([s]) => s)).toEqual(['England', 'India']);
  });
  it('a tennis report or a footballer\'s profile is a sports report', () => {
    expect(sportsReport('Sinner will face Alcaraz at the ATP Finals after both won their semi-finals in straight sets.')).toBe(true);
    expect(sportsReport('He made his first-team debut at 15, and the footballer finished second in the Ballon d\'Or vote.')).toBe(true);
  });
});

describe("a college football Saturday's polls, standings and projections (dev/b43)", () => {
  const side = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the sides by their poll moves, conference records, clauses and pairings', () => {
    expect(clubInResult('SEC: Texas A&M 7-0 (10-0), Alabama 6-1 (9-1), Georgia 6-1 (9-1).', 'SEC: Texas A&M 7-0 (10-0), '.length, 'SEC: Texas A&M 7-0 (10-0), Alabama'.length)).toBe(true);
    expect(clubInResult('Indiana, which beat Purdue 45-10, stayed No. 2.', 0, 7)).toBe(true);
    expect(side('Oregon moved up one spot to No. 7.', 'Oregon')).toBe(true);
    expect(side('The biggest fall belonged to Miami, which dropped from No. 9.', 'Miami')).toBe(true);
    expect(side("In the committee's last edition, Georgia was sixth, one spot behind.", 'Georgia')).toBe(true);
    expect(side('The Citrus Bowl in Orlando would match Tennessee and Michigan.', 'Tennessee')).toBe(true);
    expect(side('Inflation in Oregon moved up to 3%.', 'Oregon')).toBe(false);
    expect(clubInResult('Texas, which has 30 million people, grew.', 0, 5)).toBe(false);
  });
});

describe("a Monday's sport pages: schedules, runs, ladders (dev/b47)", () => {
  const side = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the sides of a schedule line, a run ended, a margin, a coach leading a team, a trade', () => {
    const line = "MONDAY'S GAMES: Miami at New York; Golden State at Houston; Dallas at L.A.";
    expect(['Miami', 'New York', 'Houston', 'Dallas'].map((n) => side(line, n))).toEqual([true, true, true, true]);
    expect(side('Jordan Poole scored 28 as Washington ended a nine-game skid against Charlotte.', 'Washington')).toBe(true);
    expect(side('The Chargers are trying to stay within a game of Denver in the AFC West.', 'Denver')).toBe(true);
    expect(side('Jim Harbaugh, after leading Michigan to a national title, spoke.', 'Michigan')).toBe(true);
    expect(side('The rebuild began with the trade of Donovan Mitchell to Cleveland in 2022.', 'Cleveland')).toBe(true);
    expect(side('He gave a talk at Boston University.', 'Boston')).toBe(false);
    expect(side('Officials met in Miami at noon.', 'Miami')).toBe(false);
  });
  it("a ladder's state sides stay places", () => {
    expect(found('WNCL LADDER: Queensland 16 points; NSW 15; South Australia 11; Tasmania 8.').map(([s]) => s)).toEqual(['Queensland', 'NSW', 'South Australia', 'Tasmania']);
  });
});

describe('points scored for a side, a schedule\'s "Plays", an innings with its overs (dev/b51, b52)', () => {
  it('reads them as sides, the national side as its place', () => {
    expect(clubInResult('Jordan Poole scored 24 for New Orleans in a 108-99 win.', 'Jordan Poole scored 24 for '.length, 'Jordan Poole scored 24 for New Orleans'.length)).toBe(true);
    const line = 'Kansas: Plays Missouri at the T-Mobile Center on Dec. 9.';
    expect(sideInReport(line, line.indexOf('Missouri'), line.indexOf('Missouri') + 8)).toBe(true);
    expect(found('India 248 (44.2 overs; Shubman Gill 88; Mitchell Starc 4-39)').map(([s]) => s)).toEqual(['India']);
  });
});

describe("a weekend's results boxes, polls and franchise notes (dev/b50)", () => {
  const side = (text: string, name: string) => sideInReport(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads the sides; a side travelling to a city leaves the city', () => {
    expect(clubInResult('Miami (Ohio) 20, Kent State 6', 0, 5)).toBe(true);
    expect(clubInResult('Indiana 10-0 1,581', 0, 7)).toBe(true);
    expect(clubInResult('Tai Baribo scored both goals for Philadelphia, the winner.', 'Tai Baribo scored both goals for '.length, 'Tai Baribo scored both goals for Philadelphia'.length)).toBe(true);
    expect(side('Matt Short made an unbeaten 83 for Adelaide.', 'Adelaide')).toBe(true);
    expect(side('Jadeja had spent 12 seasons with Chennai and won five titles.', 'Chennai')).toBe(true);
    expect(side('Thursday: Green Bay at Detroit; Kansas City at Dallas. Sunday: more.', 'Kansas City')).toBe(true);
    expect(side('The Heat travel to Boston to face the Celtics on Wednesday.', 'Boston')).toBe(false);
  });
});

describe("a US town's team named like a country (dev/b24-12, b43)", () => {
  it('is no country against a side that is no nation, in an article on American places; national sides stay', () => {
    expect(found('In Ohio, Lebanon beat Chardon 38-31 in the Division III final.').map(([s]) => s)).toEqual(['Ohio']);
    expect(found('MEXICO, Mo. (AP) — Mexico beat Odessa 35-28 on Saturday to win its first Missouri title.').map(([s]) => s)).toEqual(['AP', 'Missouri']);
    expect(found('Mexico beat Canada 2-1 in Texas.').map(([s]) => s)).toEqual(['Mexico', 'Canada', 'Texas']);
    expect(found('Japan beat the All Blacks 20-17 in Tokyo.').map(([s]) => s)).toEqual(['Japan', 'Tokyo']);
  });
});
