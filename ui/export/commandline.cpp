// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/commandline.h"

#include "app/core/fuzzydate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cstring>

namespace at {
namespace {
// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(at::CommandLine)
};
constexpr int maxSide = 16384;
} // namespace

QStringList exportViewNames()
{
    return {QStringLiteral("timeline"), QStringLiteral("users"), QStringLiteral("im-share"),
            QStringLiteral("microblog-share")};
}

bool isHeadlessInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 ||
            std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

std::optional<CommandLine> parseCommandLine(const QStringList &args, QString *error)
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
            .arg(exportViewNames().join(QStringLiteral(", "))),
        CliText::tr("VIEW"));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The file to write; .png, .svg or .pdf."),
                                 CliText::tr("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"), CliText::tr("Image size in pixels (default 1920x1080)."), CliText::tr("WxH"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliText::tr("Start of the time range (YYYY, YYYY-MM, YYYY-MM-DD)."),
                                  CliText::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliText::tr("End of the time range."),
                                CliText::tr("DATE"));
    const QCommandLineOption lang(QStringLiteral("lang"), CliText::tr("Language: en or zh_CN."),
                                  CliText::tr("LANG"));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     CliText::tr("Load this dataset file instead of the embedded one."),
                                     CliText::tr("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"), CliText::tr("Theme: light or dark."),
                                   CliText::tr("THEME"));
    parser.addOptions({help, version, exportView, out, size, from, to, lang, dataset, theme});
    parser.addPositionalArgument(CliText::tr("file"), CliText::tr("A workspace to open."),
                                 CliText::tr("[file]"));

    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!parser.parse(args))
        return fail(parser.errorText());

    CommandLine cl;
    cl.helpText = parser.helpText();
    cl.help = parser.isSet(help);
    cl.version = parser.isSet(version);
    if (cl.help || cl.version)
        return cl;

    const QStringList views = parser.values(exportView);
    const QStringList outs = parser.values(out);
    if (views.size() != outs.size())
        return fail(CliText::tr("each --export needs one --out (got %1 --export and %2 --out)")
                        .arg(views.size())
                        .arg(outs.size()));
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (!exportViewNames().contains(views[i]))
            return fail(CliText::tr("unknown view \"%1\"; use one of %2")
                            .arg(views[i], exportViewNames().join(QStringLiteral(", "))));
        const QString suffix = outs[i].section(u'.', -1).toLower();
        if (outs[i].isEmpty() || !outs[i].contains(u'.') ||
            !(suffix == u"png" || suffix == u"svg" || suffix == u"pdf"))
            return fail(CliText::tr("\"%1\": the file name must end in .png, .svg or .pdf").arg(outs[i]));
        cl.exports.append({views[i], outs[i]});
    }
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
    auto date = [&](const QCommandLineOption &option, bool end, double *value) {
        if (!parser.isSet(option))
            return true;
        const auto d = FuzzyDate::parse(parser.value(option));
        if (!d)
            return false;
        *value = end ? double(d->last()) + 1.0 : double(d->first);
        return true;
    };
    if (!date(from, false, &cl.from))
        return fail(
            CliText::tr("--from \"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(parser.value(from)));
    if (!date(to, true, &cl.to))
        return fail(
            CliText::tr("--to \"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(parser.value(to)));
    if (cl.from != 0 && cl.to != 0 && cl.to <= cl.from)
        return fail(CliText::tr("--to %1 is not after --from %2").arg(parser.value(to), parser.value(from)));
    if (parser.isSet(lang)) {
        cl.language = parser.value(lang);
        if (cl.language != u"en" && cl.language != u"zh_CN")
            return fail(CliText::tr("--lang \"%1\" is not supported; use en or zh_CN").arg(cl.language));
    }
    if (parser.isSet(theme)) {
        cl.theme = parser.value(theme);
        if (cl.theme != u"light" && cl.theme != u"dark")
            return fail(CliText::tr("--theme \"%1\" is not supported; use light or dark").arg(cl.theme));
    }
    cl.dataset = parser.value(dataset);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(CliText::tr("too many files: %1").arg(positional.join(u' ')));
    cl.file = positional.value(0);
    return cl;
}

} // namespace at
