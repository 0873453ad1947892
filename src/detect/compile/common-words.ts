/**
 * Words found on most pages whatever their subject, in English and Spanish, folded (small
 * letters, no accents). A phrase's rarer words say more about where it may be: the quote finder
 * prefers them as keywords, and the gate as the part of a phrase it looks for.
 */
export const FREQUENT_WORDS = new Set(
  // English
  (
    'a about above after again against all also am an and any are around as at back be because been ' +
    'before being below best between both but by came can could day days did do does doing done down ' +
    'during each even ever every everything few first for from get gets getting give go goes going gone ' +
    'good got great had has have having he help her here hers him his how however i if in into is it ' +
    'its just know last less like long look made make makes many may me more most much must my need ' +
    'never new next no not now of off old on once one only or other our out over own part people place ' +
    'put ready really right said same say says see she should since so some something still such take ' +
    'than that the their them then there these they thing things think this those though through time ' +
    'times to today told too took two under until up us use used very want was way we week well went ' +
    'were what when where whether which while who whole why will with within without work would year ' +
    'years yet you your ensure sure trying try tried call called calls doesn does dont isnt wasnt ' +
    // and of the news at large
    'president government national state states united country city white house news world report ' +
    // Spanish
    'al algo algun alguna ante antes aqui asi aun bajo bien cada como con contra cual cuando de del ' +
    'desde donde dos el ella ellas ellos en entre era es esa ese eso esta estaba estan este esto estos ' +
    'fue fueron ha haber habia hace hacer hasta hay la las le les lo los mas me mi mientras mismo muy ' +
    'nada ni no nos nuestra nuestro o otra otro otros para pero poco por porque puede pues que quien ' +
    'se ser si sin sobre solo son su sus tambien tan tanto tiene tienen todo todos tras tu un una uno ' +
    'unos usted va vez y ya yo haga hagan dijo dice decir ' +
    'presidente presidenta gobierno nacional estado estados unidos pais ciudad casa blanca mundo'
  ).split(' '),
);
