// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/commandline.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"
#include "app/core/fuzzydate.h"
#include "app/core/import/importlimit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace at {
namespace {
// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(at::CommandLine)
};
constexpr int maxSide = 16384;

// Qt's own application options (QGuiApplication and QApplication read them, with one dash or two).
const char *const qtOptionsWithValue[] = {"platform",        "platformpluginpath",
                                          "platformtheme",   "plugin",
                                          "qwindowgeometry", "geometry",
                                          "qwindowtitle",    "title",
                                          "qwindowicon",     "icon",
                                          "display",         "name",
                                          "session",         "style",
                                          "stylesheet"};
const char *const qtFlags[] = {"reverse", "widgetcount", "testability", "nograb", "dograb", "sync"};

// "-style=fusion" or "--style" gives "style"; not an option: empty.
QStringView optionName(QStringView arg)
{
    if (!arg.startsWith(u'-'))
        return {};
    arg = arg.sliced(arg.startsWith(u"--") ? 2 : 1);
    const qsizetype eq = arg.indexOf(u'=');
    return eq < 0 ? arg : arg.first(eq);
}

bool isOneOf(QStringView name, const auto &list)
{
    return std::any_of(std::begin(list), std::end(list),
                       [name](const char *o) { return name == QLatin1StringView(o); });
}

// Values of a repeatable option that also takes lists: "--kind alliance,investment --kind plan".
QStringList listValues(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList out;
    for (const QString &value : parser.values(option)) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            out << item.trimmed();
    }
    return out;
}

// The vocabulary's values named in an option, by their dataset names (any case).
template <typename E>
Expected<QList<E>, CommandLineError> vocabularyValues(const QCommandLineParser &parser,
                                                      const QCommandLineOption &option)
{
    QList<E> out;
    for (const QString &name : listValues(parser, option)) {
        std::optional<E> value;
        for (int i = 0; i < count<E>() && !value; ++i) {
            if (jsonName(E(i)).compare(name, Qt::CaseInsensitive) == 0)
                value = E(i);
        }
        if (!value)
            return Unexpected(
                CommandLineError{CliText::tr("--%1 \"%2\" is not one of %3")
                                     .arg(option.names().constFirst(), name, allJsonNames<E>())});
        if (!out.contains(*value))
            out << *value;
    }
    return out;
}

Expected<double, CommandLineError> parseDate(const QCommandLineParser &parser,
                                             const QCommandLineOption &option, bool end)
{
    const QString text = parser.value(option);
    const auto d = FuzzyDate::parse(text);
    if (!d)
        return Unexpected(
            CommandLineError{CliText::tr("--%1 \"%2\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                                 .arg(option.names().constFirst(), text)});
    // The range is [from, to): --to 2011-06 ends where July begins.
    return end ? double(d->last()) + 1.0 : double(d->first);
}
} // namespace

QStringList commandLineArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QStringView name = i == 0 ? QStringView() : optionName(arg);
        if (isOneOf(name, qtFlags))
            continue;
        if (isOneOf(name, qtOptionsWithValue)) {
            if (!arg.contains(u'=')) // "-style fusion": the value is the next argument
                ++i;
            continue;
        }
        args.append(arg);
    }
    return args;
}

Expected<EventFilter, CommandLineError> resolveFilter(const CommandLine::Filter &filter,
                                                      const Dataset &dataset)
{
    EventFilter out;
    for (const QString &id : filter.entities) {
        const int index = dataset.entityIndex(id);
        if (index < 0)
            return Unexpected(CommandLineError{
                CliText::tr("--entity \"%1\": the dataset has no company with this id").arg(id)});
        if (!out.entities.contains(index))
            out.entities << index;
    }
    out.sectors = filter.sectors;
    out.kinds = filter.kinds;
    out.statuses = filter.statuses;
    out.text = filter.text;
    return out;
}

Expected<QList<Annotation>, CommandLineError> chooseAnnotations(const CommandLine &commandLine,
                                                                const QList<Annotation> &workspaceAnnotations)
{
    const AnnotationChoice choice = commandLine.annotationChoice();
    QList<Annotation> chosen = choice.pick(workspaceAnnotations);
    if (chosen.isEmpty() && choice.kind == AnnotationChoice::Kind::Tag)
        return Unexpected(
            CommandLineError{CliText::tr("--annotations: error: no annotation in %1 has the tag \"%2\"")
                                 .arg(commandLine.workspace, choice.name)});
    if (chosen.isEmpty() && choice.kind == AnnotationChoice::Kind::Author)
        return Unexpected(
            CommandLineError{CliText::tr("--annotations: error: no annotation in %1 is by \"%2\"")
                                 .arg(commandLine.workspace, choice.name)});
    return chosen;
}

std::optional<Language> languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return parseLanguage(args[i + 1]);
        if (args[i].startsWith(u"--lang="))
            return parseLanguage(QStringView(args[i]).sliced(7));
    }
    return std::nullopt;
}

Expected<CommandLine, CommandLineError> parseCommandLine(const QStringList &args,
                                                         const QStringList &viewNames)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Alliance Timeline: platform alliances, market figures and what people "
                    "said, on one timeline."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CliText::tr("Show the version and exit."));
    const QCommandLineOption exportView(
        QStringLiteral("export"),
        CliText::tr("Export VIEW (%1) without opening a window. Repeat with --out for several.")
            .arg(viewNames.join(QStringLiteral(", "))),
        CliText::tr("VIEW"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        CliText::tr("The file to write: a picture (.png, .svg, .pdf) or the view's data (.csv)."),
        CliText::tr("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"), CliText::tr("Image size in pixels (default 1920x1080)."), CliText::tr("WxH"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CliText::tr("Start of the pictures' time range (YYYY, YYYY-MM, YYYY-MM-DD); needs --to."),
        CliText::tr("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        CliText::tr("End of the pictures' time range, that day included; needs --from."),
        CliText::tr("DATE"));
    const QCommandLineOption lang(QStringLiteral("lang"), CliText::tr("Language: en or zh_CN."),
                                  CliText::tr("LANG"));
    const QCommandLineOption dataset(
        QStringLiteral("dataset"),
        CliText::tr(
            "Load this dataset file (.json, .csv), or the dataset files in this folder, instead of the "
            "embedded dataset. Repeat for several; they are read as one dataset."),
        CliText::tr("PATH"));
    const QCommandLineOption maxFileSize(
        QStringLiteral("max-file-size"),
        CliText::tr("Open dataset files up to SIZE (bytes, or with K, M or G: 512M, 2G) in this run, instead "
                    "of the Import size limit of the Preferences (by default derived from this computer's "
                    "memory)."),
        CliText::tr("SIZE"));
    const QCommandLineOption theme(QStringLiteral("theme"), CliText::tr("Theme: light or dark."),
                                   CliText::tr("THEME"));
    const QCommandLineOption cursor(
        QStringList{QStringLiteral("cursor"), QStringLiteral("at")},
        CliText::tr(
            "Draw the time cursor at DATE (a month or a year: its last day); the share charts show the "
            "market and the network the alliances as of it."),
        CliText::tr("DATE"));
    const QCommandLineOption entity(
        QStringLiteral("entity"),
        CliText::tr(
            "Keep only the events of this company (its id in the dataset; the companies under it come "
            "along). Repeat for several."),
        CliText::tr("ID"));
    const QCommandLineOption sector(
        QStringLiteral("sector"),
        CliText::tr("Keep only companies of these sectors (%1).").arg(allJsonNames<Sector>()),
        CliText::tr("NAMES"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        CliText::tr("Keep only events of these kinds (%1).").arg(allJsonNames<Kind>()), CliText::tr("NAMES"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        CliText::tr("Keep only events of these statuses (%1).").arg(allJsonNames<Status>()),
        CliText::tr("NAMES"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  CliText::tr("Keep only what mentions TEXT, in English or Chinese."),
                                  CliText::tr("TEXT"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        CliText::tr("The workspace (.atws, or a postgresql:// address) whose annotations to open, or to "
                    "draw into the pictures."),
        CliText::tr("FILE"));
    const QCommandLineOption annotations(
        QStringLiteral("annotations"),
        CliText::tr("Which annotations of the workspace the pictures carry, numbered, with their text in "
                    "notes under the picture: all (the default with --workspace), none, tag:NAME or "
                    "author:NAME."),
        CliText::tr("WHICH"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    CliText::tr("Write the annotation report of the workspace: to a folder "
                                                "(report.md and the pictures it shows) or, for a name "
                                                "ending in .pdf, to one PDF. --annotations chooses which."),
                                    CliText::tr("PATH"));
    parser.addOptions({help,   version,         exportView,  out,    size, from, to,      cursor,
                       entity, sector,          kind,        status, text, lang, dataset, maxFileSize,
                       theme,  workspaceOption, annotations, report});
    parser.addPositionalArgument(CliText::tr("files"),
                                 CliText::tr("A workspace (.atws, or a postgresql:// address) to open, and "
                                             "dataset files or folders to load as --dataset does."),
                                 CliText::tr("[files…]"));

    auto fail = [](const QString &message) { return Unexpected(CommandLineError{message}); };
    if (!parser.parse(args)) {
        // Qt's message for an option it does not know is ours, so that it is translated with the rest.
        if (!parser.unknownOptionNames().isEmpty()) {
            const QString name = parser.unknownOptionNames().constFirst();
            // As it was typed ("--expor"), when it can be found.
            const auto typed = std::find_if(args.cbegin(), args.cend(),
                                            [&](const QString &arg) { return optionName(arg) == name; });
            return fail(CliText::tr("unknown option \"%1\"; --help lists the options")
                            .arg(typed != args.cend() ? typed->section(u'=', 0, 0) : name));
        }
        return fail(parser.errorText());
    }

    CommandLine cl;
    cl.helpText = parser.helpText();
    if (parser.isSet(help)) {
        cl.task = CommandLine::Task::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.task = CommandLine::Task::Version;
        return cl;
    }

    const QStringList views = parser.values(exportView);
    const QStringList outs = parser.values(out);
    if (views.size() != outs.size())
        return fail(CliText::tr("each --export needs one --out (got %1 --export and %2 --out)")
                        .arg(views.size())
                        .arg(outs.size()));
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (!viewNames.contains(views[i]))
            return fail(CliText::tr("unknown view \"%1\"; use one of %2")
                            .arg(views[i], viewNames.join(QStringLiteral(", "))));
        const QString suffix = outs[i].section(u'.', -1).toLower();
        if (outs[i].isEmpty() || !outs[i].contains(u'.') ||
            !(suffix == u"png" || suffix == u"svg" || suffix == u"pdf" || suffix == u"csv"))
            return fail(
                CliText::tr("\"%1\": the file name must end in .png, .svg, .pdf or .csv").arg(outs[i]));
        cl.exports.append({views[i], outs[i]});
    }
    for (const QString &path : parser.values(report)) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (path.isEmpty())
            return fail(CliText::tr("--report needs a folder or a .pdf file name"));
        // A name that says it is one file of another kind would become a folder of that name.
        if (!suffix.isEmpty() && suffix != u"pdf" &&
            QStringList{u"md"_s, u"png"_s, u"svg"_s, u"csv"_s, u"json"_s, u"html"_s}.contains(suffix))
            return fail(CliText::tr("--report \"%1\": a report is a folder (its report.md is written in it) "
                                    "or a .pdf file")
                            .arg(path));
        cl.reports << path;
    }
    if (!cl.exports.isEmpty() || !cl.reports.isEmpty())
        cl.task = CommandLine::Task::Export;
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^([0-9]{1,5})x([0-9]{1,5})$"));
        const auto m = re.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (!m.hasMatch())
            return fail(
                CliText::tr("--size \"%1\" is not WIDTHxHEIGHT, e.g. 1920x1080").arg(parser.value(size)));
        if (w < 16 || h < 16 || w > maxSide || h > maxSide)
            return fail(CliText::tr("--size %1 is out of range: each side from 16 to %2 pixels")
                            .arg(parser.value(size))
                            .arg(maxSide));
        cl.size = QSize(w, h);
    }
    // A time range has two ends: one alone would leave the other to chance (the start of the calendar).
    if (parser.isSet(from) != parser.isSet(to))
        return fail(parser.isSet(from) ? CliText::tr("--from %1 needs --to: give both ends of the time range")
                                             .arg(parser.value(from))
                                       : CliText::tr("--to %1 needs --from: give both ends of the time range")
                                             .arg(parser.value(to)));
    if (parser.isSet(from)) {
        const auto start = parseDate(parser, from, false);
        if (!start)
            return Unexpected(start.error());
        const auto end = parseDate(parser, to, true);
        if (!end)
            return Unexpected(end.error());
        if (*end <= *start)
            return fail(
                CliText::tr("--to %1 is not after --from %2").arg(parser.value(to), parser.value(from)));
        cl.from = *start;
        cl.to = *end;
    }
    if (parser.isSet(cursor)) {
        const auto date = FuzzyDate::parse(parser.value(cursor));
        if (!date)
            return fail(CliText::tr("--cursor \"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
                            .arg(parser.value(cursor)));
        cl.cursor = double(date->last());
    }
    cl.filter.entities = listValues(parser, entity);
    const auto sectors = vocabularyValues<Sector>(parser, sector);
    if (!sectors)
        return Unexpected(sectors.error());
    cl.filter.sectors = *sectors;
    const auto kinds = vocabularyValues<Kind>(parser, kind);
    if (!kinds)
        return Unexpected(kinds.error());
    cl.filter.kinds = *kinds;
    const auto statuses = vocabularyValues<Status>(parser, status);
    if (!statuses)
        return Unexpected(statuses.error());
    cl.filter.statuses = *statuses;
    cl.filter.text = parser.value(text).trimmed();
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != u"en" && value != u"zh_CN")
            return fail(CliText::tr("--lang \"%1\" is not supported; use en or zh_CN").arg(value));
        cl.language = parseLanguage(value);
    }
    if (parser.isSet(theme)) {
        const QString value = parser.value(theme);
        if (value != u"light" && value != u"dark")
            return fail(CliText::tr("--theme \"%1\" is not supported; use light or dark").arg(value));
        cl.theme = parseTheme(value);
    }
    cl.datasets = parser.values(dataset);
    if (cl.datasets.contains(QString()))
        return fail(CliText::tr("--dataset needs a file or folder name"));
    if (parser.isSet(maxFileSize)) {
        const QString value = parser.values(maxFileSize).constLast();
        cl.maxFileSize = parseByteSize(value);
        if (!cl.maxFileSize)
            return fail(
                CliText::tr("--max-file-size \"%1\" is not a size: a number of bytes, or with K, M or "
                            "G (512M, 2G)")
                    .arg(value));
    }
    const QStringList workspaces = parser.values(workspaceOption);
    if (workspaces.size() > 1)
        return fail(CliText::tr("one workspace at a time: %1 and %2").arg(workspaces[0], workspaces[1]));
    if (!workspaces.isEmpty()) {
        if (workspaces.constFirst().isEmpty())
            return fail(CliText::tr("--workspace needs a file name"));
        cl.workspace = workspaces.constFirst();
    }
    // What a file manager passes: a workspace, or datasets.
    for (const QString &file : parser.positionalArguments()) {
        const bool workspace = file.endsWith(u'.' + AnnotationStore::fileSuffix(), Qt::CaseInsensitive) ||
                               TeamLocation::isTeamUri(file);
        if (!workspace) {
            cl.datasets << file;
        } else if (cl.workspace.isEmpty()) {
            cl.workspace = file;
        } else {
            return fail(CliText::tr("one workspace at a time: %1 and %2").arg(cl.workspace, file));
        }
    }
    if (!cl.reports.isEmpty() && cl.workspace.isEmpty())
        return fail(CliText::tr("--report: error: no workspace to take the annotations from; name one with "
                                "--workspace FILE"));
    if (parser.isSet(annotations)) {
        const QStringList values = parser.values(annotations);
        if (values.size() > 1)
            return fail(CliText::tr("--annotations: error: given %1 times; give it once").arg(values.size()));
        cl.annotations = AnnotationChoice::parse(values.constFirst());
        if (!cl.annotations)
            return fail(CliText::tr("--annotations: error: \"%1\" is not all, none, tag:NAME or author:NAME")
                            .arg(values.constFirst()));
        if (cl.task != CommandLine::Task::Export)
            return fail(CliText::tr("--annotations: error: only pictures made with --export carry "
                                    "annotations; the window's export dialog chooses its own"));
        if (cl.annotations->kind == AnnotationChoice::Kind::None && !cl.reports.isEmpty())
            return fail(CliText::tr("--annotations: error: none leaves --report nothing to report"));
        if (cl.annotations->kind != AnnotationChoice::Kind::None && cl.workspace.isEmpty())
            return fail(CliText::tr("--annotations: error: no workspace to take them from; name one with "
                                    "--workspace FILE"));
    }
    return cl;
}

} // namespace at
