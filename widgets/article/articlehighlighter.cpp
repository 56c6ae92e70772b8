#include "widgets/article/articlehighlighter.h"

#include "core/project/project.h"
#include "core/project/projectcues.h"

namespace demarche {

namespace {

// An underline must stand out from the page, whatever the entry's colour: on white a pale
// yellow is darkened, on the dark page a navy is lightened (HSL lightness, 0 to 255).
constexpr int MaxLightnessOnLight = 120;
constexpr int MinLightnessOnDark = 160;

const QRgb UnknownColor = qRgb(0x80, 0x80, 0x80);

struct CueBlockData final : public QTextBlockUserData
{
    std::vector<CueSpan> cues;
    quint64 generation = 0;
};

} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : ClaimHighlighter(document)
{}

ArticleHighlighter::~ArticleHighlighter() = default;

void ArticleHighlighter::setProject(Project *project)
{
    m_project = project;
    ++m_generation;
    m_codebookColors = codebookColors();
    m_groupColors.clear();
    m_cueFormats.clear();
}

void ArticleHighlighter::setCuesShown(bool shown)
{
    if (shown == m_cuesShown)
        return;
    m_cuesShown = shown;
    rehighlightSoon();
}

void ArticleHighlighter::pageColorChanged()
{
    m_cueFormats.clear();
}

void ArticleHighlighter::cuesChanged()
{
    m_groupColors.clear(); // the groups are numbered anew
    ++m_generation;
    if (m_cuesShown)
        rehighlightSoon();
}

void ArticleHighlighter::recolor(QHash<ClaimId, QRgb> claimColors)
{
    const bool claimsChanged = takeColors(std::move(claimColors));
    QList<QRgb> colors = codebookColors();
    const bool cuesChanged = colors != m_codebookColors;
    if (cuesChanged) {
        m_codebookColors = std::move(colors);
        m_groupColors.clear();
    }
    if (claimsChanged || (cuesChanged && m_cuesShown))
        rehighlightSoon();
}

QColor ArticleHighlighter::cueColor(QColor color, bool darkBackground)
{
    int hue = 0;
    int saturation = 0;
    int lightness = 0;
    color.getHsl(&hue, &saturation, &lightness);
    if (darkBackground)
        lightness = std::max(lightness, MinLightnessOnDark);
    else
        lightness = std::min(lightness, MaxLightnessOnLight);
    return QColor::fromHsl(hue, saturation, lightness);
}

// One pass of the matcher per paragraph; each cue's format comes from the cache.
void ArticleHighlighter::highlightCues(const QString &text)
{
    auto *data = static_cast<CueBlockData *>(currentBlockUserData());
    if (!m_cuesShown || !m_project || text.isEmpty()) {
        if (data) {
            data->cues.clear();
            data->generation = 0; // no book's
        }
        return;
    }
    if (!data) {
        data = new CueBlockData;
        setCurrentBlockUserData(data); // the block owns it
    }
    if (data->generation != m_generation) {
        data->cues.clear();
        m_project->cues().matcher().matchLine(text, data->cues);
        data->generation = m_generation;
    }
    for (const CueSpan &cue : data->cues)
        mergeFormat(cue.start, cue.length, cueFormat(groupColor(cue.group)));
}

const std::vector<CueSpan> &ArticleHighlighter::cuesOf(const QTextBlock &block)
{
    static const std::vector<CueSpan> none;
    const auto *data = static_cast<const CueBlockData *>(block.userData());
    return data ? data->cues : none;
}

QList<QRgb> ArticleHighlighter::codebookColors() const
{
    QList<QRgb> colors;
    if (!m_project)
        return colors;
    colors.reserve(m_project->actors().size() + m_project->topics().size());
    for (const Actor &actor : m_project->actors())
        colors.append(actor.color.rgba());
    for (const Topic &topic : m_project->topics())
        colors.append(topic.color.rgba());
    return colors;
}

// The colour of the group's first entry (an actor before a topic), looked up once.
QRgb ArticleHighlighter::groupColor(int group)
{
    if (group < 0)
        return UnknownColor;
    if (size_t(group) >= m_groupColors.size())
        m_groupColors.resize(size_t(group) + 1, 0);
    QRgb &color = m_groupColors[size_t(group)];
    if (color != 0)
        return color;
    color = UnknownColor;
    const QList<CueEntry> &entries = m_project->cues().entries(group);
    if (!entries.isEmpty()) {
        const CueEntry &entry = entries.constFirst();
        QColor found;
        if (entry.kind == CueKind::Actor) {
            if (const Actor *actor = m_project->actor(ActorId(entry.id)))
                found = actor->color;
        } else if (const Topic *topic = m_project->topic(TopicId(entry.id))) {
            found = topic->color;
        }
        if (found.isValid())
            color = found.rgb();
    }
    return color;
}

const QTextCharFormat &ArticleHighlighter::cueFormat(QRgb color)
{
    const auto found = m_cueFormats.constFind(color);
    if (found != m_cueFormats.cend())
        return *found;
    QTextCharFormat format;
    format.setUnderlineStyle(CueUnderline);
    const bool dark = pageColor().isValid() && pageColor().lightness() < 128;
    format.setUnderlineColor(cueColor(QColor(color), dark));
    return *m_cueFormats.insert(color, format);
}

} // namespace demarche
