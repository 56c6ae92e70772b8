#include "core/storage/defaulttopics.h"

#include <QCoreApplication>
#include <QStringView>

namespace demarche {

namespace {

// Keywords separated by '|', one argument per language; a spelling two languages share
// (Дамаск, Kherson) is kept once.
template <typename... Lines>
QStringList keywords(const Lines &...lines)
{
    QStringList list;
    for (const QStringView line : {QStringView(lines)...}) {
        for (const QStringView word : line.split(u'|')) {
            if (!list.contains(word, Qt::CaseInsensitive))
                list.append(word.toString());
        }
    }
    return list;
}

} // namespace

QList<Topic> defaultTopics()
{
    auto topic = [](const char *name, QRgb color, QStringList keywords, const char *negative,
                    const char *positive, const char *note) {
        Topic t;
        t.name = QCoreApplication::translate("DefaultTopics", name);
        t.color = QColor(color);
        t.keywords = std::move(keywords);
        t.negativePole = QCoreApplication::translate("DefaultTopics", negative);
        t.positivePole = QCoreApplication::translate("DefaultTopics", positive);
        t.scaleNote = QCoreApplication::translate("DefaultTopics", note);
        return t;
    };
    // Sources come in every language whatever the project's, so the keywords hold the
    // English, German, French, Russian and Ukrainian spellings. A cue is a whole word, not a
    // stem: Russian and Ukrainian list each case form in use (Украина, Украины, Украине,
    // Украину, Украиной), German and French their adjective endings.
    // The poles are the ends of what the parties ask for, so that their demands land near
    // the ends and compromises in between.
    return {
        topic(
            QT_TRANSLATE_NOOP("DefaultTopics", "Ukraine"), 0x4e79a7,
            keywords(
                u"Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Crimea|Crimean|Donbas|Donbass|Donetsk|"
                u"Luhansk|Zaporizhzhia|Kherson|Zelensky|Zelenskyy|Zelenskiy|Black Sea",
                u"Ukrainer|Ukrainerin|Ukrainern|ukrainisch|ukrainische|ukrainischen|ukrainischer|"
                u"ukrainisches|ukrainischem|Ukrainekrieg|Ukrainekriegs|Ukrainekrieges|Kiew|Kiews|"
                u"Krim|Donezk|Lugansk|Saporischschja|Cherson|Selenskyj|Selenskyjs|"
                u"Schwarzes Meer|Schwarzen Meer|Schwarzen Meeres",
                u"ukrainien|ukrainienne|ukrainiens|ukrainiennes|Crimée|Louhansk|Lougansk|"
                u"Zaporijjia|Zaporijia|Zelenski|mer Noire",
                u"Украина|Украины|Украине|Украину|Украиной|украинский|украинская|украинское|"
                u"украинские|украинского|украинской|украинскому|украинскую|украинским|"
                u"украинских|украинскими|украинском|украинец|украинцы|украинцев|Киев|Киева|"
                u"Киеву|Киевом|Киеве|Крым|Крыма|Крыму|Крымом|Донбасс|Донбасса|Донбассу|"
                u"Донбассе|Донецк|Донецка|Донецке|Луганск|Луганска|Луганске|Запорожье|"
                u"Запорожья|Запорожьем|Херсон|Херсона|Херсоне|Зеленский|Зеленского|Зеленскому|"
                u"Зеленским|Зеленском|Черное море|Чёрное море|Черного моря|Чёрного моря|"
                u"Черном море|Чёрном море",
                u"Україна|України|Україні|Україну|Україною|український|українська|українське|"
                u"українські|українського|української|українському|українську|українським|"
                u"українських|українськими|українській|українець|українці|українців|Київ|Києва|"
                u"Києву|Києві|Київом|Крим|Криму|Кримом|Донбас|Донбасу|Донбасі|Донецьк|"
                u"Донецька|Донецьку|Луганськ|Луганська|Луганську|Запоріжжя|Запоріжжі|"
                u"Запоріжжям|Херсона|Херсоні|Зеленський|Зеленського|Зеленському|Зеленським|"
                u"Чорне море|Чорного моря|Чорному морі"),
            QT_TRANSLATE_NOOP("DefaultTopics", "Full Ukrainian sovereignty over all its territory"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Russian control of the annexed regions and a neutral Ukraine"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Score the settlement the speaker wants: territory, neutrality, "
                              "security guarantees. 0 is a ceasefire on the current line with "
                              "the rest left open.")),
        topic(
            QT_TRANSLATE_NOOP("DefaultTopics", "Syria"), 0x59a14f,
            keywords(u"Syria|Syrian|Syrians|Damascus|Aleppo|Idlib|Latakia|Tartus|Golan|Assad",
                     u"Syrien|Syriens|Syrer|Syrerin|Syrern|syrisch|syrische|syrischen|syrischer|"
                     u"syrisches|syrischem|Syrienkrieg|Syrienkriegs|Syrienkonflikt|Syrienkonflikts|"
                     u"Damaskus|Golanhöhen",
                     u"Syrie|syrien|syrienne|syriens|syriennes|Damas|Alep|Idleb|Lattaquié|Tartous",
                     u"Сирия|Сирии|Сирию|Сирией|сирийский|сирийская|сирийское|сирийские|сирийского|"
                     u"сирийской|сирийскому|сирийскую|сирийским|сирийских|сирийскими|сирийском|"
                     u"Дамаск|Дамаска|Дамаску|Дамаском|Дамаске|Алеппо|Идлиб|Идлиба|Идлибе|Латакия|"
                     u"Латакии|Латакию|Тартус|Тартуса|Тартусе|Голанские высоты|Голанских высот|"
                     u"Голанских высотах|Асад|Асада|Асаду|Асадом|Асаде",
                     u"Сирія|Сирії|Сирію|Сирією|сирійський|сирійська|сирійське|сирійські|"
                     u"сирійського|сирійської|сирійському|сирійську|сирійським|сирійських|"
                     u"сирійськими|сирійській|Дамаску|Дамаском|Дамаскові|Ідліб|Ідлібу|Ідлібі|"
                     u"Латакія|Латакії|Латакію|Тартусі|Голанські висоти|Голанських висот|"
                     u"Голанських висотах|Асаді"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "No dealings with Damascus before a political transition"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Full normalisation with the government in Damascus"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Reconstruction money, sanctions relief and recognition count as "
                              "dealings; humanitarian access alone does not move a position.")),
        topic(
            QT_TRANSLATE_NOOP("DefaultTopics", "Iran"), 0xe15759,
            keywords(
                u"Iran|Iranian|Iranians|Tehran|JCPOA|nuclear deal|uranium enrichment|IAEA|"
                u"Strait of Hormuz|Hormuz|Khamenei",
                u"Irans|Iraner|Iranerin|Iranern|iranisch|iranische|iranischen|iranischer|"
                u"iranisches|iranischem|Teheran|Teherans|Atomabkommen|Atomabkommens|"
                u"Urananreicherung|IAEO|Hormus|Chamenei",
                u"iranien|iranienne|iraniens|iraniennes|Téhéran|accord sur le nucléaire|"
                u"enrichissement de l'uranium|enrichissement de l’uranium|"
                u"enrichissement d'uranium|enrichissement d’uranium|AIEA|Ormuz|Khameneï",
                u"Иран|Ирана|Ирану|Ираном|Иране|иранский|иранская|иранское|иранские|иранского|"
                u"иранской|иранскому|иранскую|иранским|иранских|иранскими|иранском|Тегеран|"
                u"Тегерана|Тегерану|Тегераном|Тегеране|СВПД|ядерная сделка|ядерной сделки|"
                u"ядерной сделке|ядерную сделку|ядерной сделкой|обогащение урана|"
                u"обогащения урана|обогащению урана|обогащением урана|обогащении урана|МАГАТЭ|"
                u"Ормузский пролив|Ормузского пролива|Ормузском проливе|Хаменеи",
                u"Іран|Ірану|Іраном|Ірані|іранський|іранська|іранське|іранські|іранського|"
                u"іранської|іранському|іранську|іранським|іранських|іранськими|іранській|"
                u"Тегерані|ядерна угода|ядерної угоди|ядерній угоді|ядерну угоду|"
                u"ядерною угодою|збагачення урану|збагаченням урану|збагаченні урану|МАГАТЕ|"
                u"Ормузька протока|Ормузької протоки|Ормузькій протоці|Ормузьку протоку|Хаменеї"),
            QT_TRANSLATE_NOOP("DefaultTopics", "Pressure alone: sanctions and isolation, no talks"),
            QT_TRANSLATE_NOOP("DefaultTopics", "Talks and engagement without conditions"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Conditions set before talks (inspections first, limits on "
                              "enrichment) move a position towards 0.")),
    };
}

} // namespace demarche
