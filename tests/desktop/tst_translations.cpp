// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The Simplified Chinese translation is complete: no unfinished, empty or vanished entry in the .ts file, the
// placeholders and accelerators of each source string kept, and no string in the sources missing from it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString tsPath = QStringLiteral(AT_SOURCE_DIR "/translations/alliance-timeline_zh_CN.ts");

struct Message {
    QString context;
    QString source;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
    QString where() const { return context + u": \"" + source + u'"'; }
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": " + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message{
                    context, {}, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"translation") {
                m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%99 and %n as they occur, sorted, so that "%2 %1" in Chinese word order still matches.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QStringList found;
    for (const auto &match : re.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(QStringLiteral("&&")).contains(u'&');
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fileIsWellFormed();
    void nothingUnfinished();
    void placeholdersAndAccelerators();
    void everySourceStringIsInTheFile();
    void lupdateKnowsEveryContext();
    void trWrappersFindTheirStrings();
};

void TestTranslations::fileIsWellFormed()
{
    const TsFile ts = readTs(tsPath);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("zh_CN"));
    QVERIFY2(ts.messages.size() >= 20, "the translation file holds almost nothing: run update_translations");
}

void TestTranslations::nothingUnfinished()
{
    const TsFile ts = readTs(tsPath);
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (!m.type.isEmpty())
            problems << m.where() + u" is " + m.type;
        else if (m.translations.isEmpty() ||
                 std::any_of(m.translations.begin(), m.translations.end(),
                             [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << m.where() + u" has an empty translation";
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::placeholdersAndAccelerators()
{
    const TsFile ts = readTs(tsPath);
    QStringList problems;
    for (const Message &m : ts.messages) {
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << m.where() + u": the placeholders differ in \"" + t + u'"';
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << m.where() + u": the keyboard accelerator (&) is lost in \"" + t + u'"';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {

// The same lupdate run as the update_translations target, into a temporary copy of the committed file.
struct LupdateRun {
    QString error; // empty when lupdate ran
    QString log;   // what lupdate printed
    TsFile fresh;  // the copy after the run
};

LupdateRun runLupdate()
{
    LupdateRun run;
    QTemporaryDir dir;
    if (!dir.isValid())
        return {QStringLiteral("no temporary directory"), {}, {}};
    const QString json = dir.filePath(QStringLiteral("project.json"));
    const QString copy = dir.filePath(QStringLiteral("alliance-timeline_zh_CN.ts"));
    if (!QFile::copy(tsPath, copy))
        return {u"cannot copy " + tsPath, {}, {}};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess cmake;
    cmake.start(QStringLiteral(AT_CMAKE_COMMAND),
                {u"-DIN_FILE=" + QStringLiteral(AT_LUPDATE_PROJECT), u"-DOUT_FILE=" + json,
                 QStringLiteral("-P"), QStringLiteral(AT_LUPDATE_PROJECT_SCRIPT)});
    if (!cmake.waitForFinished(60000) || cmake.exitCode() != 0)
        return {QString::fromLocal8Bit(cmake.readAllStandardError()), {}, {}};

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(AT_LUPDATE),
                  {QStringLiteral("-project"), json, QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
    const bool finished = lupdate.waitForFinished(240000);
    run.log = QString::fromLocal8Bit(lupdate.readAll());
    if (!finished || lupdate.exitCode() != 0)
        return {u"lupdate failed: " + run.log, run.log, {}};
    run.fresh = readTs(copy);
    return run;
}

} // namespace

void TestTranslations::everySourceStringIsInTheFile()
{
    // Any entry lupdate marks unfinished is a string the sources have and the committed translation lacks.
    if (!QFile::exists(QStringLiteral(AT_LUPDATE_PROJECT)))
        QSKIP("this Qt's CMake does not write the lupdate project file this test reads");
    const LupdateRun run = runLupdate();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const TsFile &fresh = run.fresh;
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QStringList missing;
    for (const Message &m : fresh.messages) {
        if (!m.type.isEmpty())
            missing << m.where();
    }
    for (const QString &m : std::as_const(missing))
        qWarning("not translated yet: %s", qPrintable(m));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QString::number(missing.size()) +
                        u" strings above are not in translations/alliance-timeline_zh_CN.ts yet: run "
                        u"tools/untranslated.sh --update BUILD_DIR, then translate them."));
    // and the committed file has nothing the sources lost
    QCOMPARE(fresh.messages.size(), readTs(tsPath).messages.size());
}

void TestTranslations::lupdateKnowsEveryContext()
{
    // lupdate says "Class 'at::X' lacks Q_OBJECT macro" when a tr() call is in a class or namespace that has
    // no tr() of its own: then the string is filed under that name, while the call (a file-local wrapper,
    // an inherited QObject::tr) looks it up under another one, and it stays in English. It also warns when
    // it cannot follow the code at all: an `enum : int` once made it file a struct's strings under "at".
    if (!QFile::exists(QStringLiteral(AT_LUPDATE_PROJECT)))
        QSKIP("this Qt's CMake does not write the lupdate project file this test reads");
    const LupdateRun run = runLupdate();
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QStringList warnings;
    for (const QString &line : run.log.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1StringView("lacks Q_OBJECT macro")) ||
            line.contains(QLatin1StringView("Cannot invoke tr()")) ||
            line.contains(QLatin1StringView("Qualifying with unknown namespace/class")) ||
            line.contains(QLatin1StringView("Discarding unconsumed")) ||
            line.contains(QLatin1StringView("Excess closing brace")) ||
            line.contains(QLatin1StringView("Unbalanced")))
            warnings << line;
    }
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestTranslations::trWrappersFindTheirStrings()
{
    // A file-local `QString tr(const char *text) { return QCoreApplication::translate("CONTEXT", text); }`
    // looks strings up in CONTEXT at run time, but lupdate files each tr("...") call under the enclosing
    // class or namespace ("at", "at::Builder"...). Where the two differ the string is translated in the .ts
    // file and still shows in English. Every tr("...") literal of such a file must be in the .ts under
    // CONTEXT.
    const TsFile ts = readTs(tsPath);
    QSet<QString> known;
    for (const Message &m : ts.messages)
        known.insert(m.context + u'\x1f' + m.source);
    static const QRegularExpression wrapper(QStringLiteral(
        R"re(QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+[^)]*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)")re"));
    static const QRegularExpression call(QStringLiteral(R"re((?<![\w:.>])tr\(\s*"((?:[^"\\]|\\.)*)")re"));
    QStringList problems;
    for (const QString &root : {QStringLiteral(AT_SOURCE_DIR "/app"), QStringLiteral(AT_SOURCE_DIR "/ui")}) {
        QDirIterator it(root, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const QRegularExpressionMatch w = wrapper.match(text);
            if (!w.hasMatch())
                continue;
            const QString context = w.captured(1);
            for (const auto &c : call.globalMatch(text)) {
                QString source = c.captured(1);
                source.replace(QStringLiteral("\\n"), QStringLiteral("\n"))
                    .replace(QStringLiteral("\\\""), QStringLiteral("\""));
                if (!known.contains(context + u'\x1f' + source))
                    problems << QDir(QStringLiteral(AT_SOURCE_DIR)).relativeFilePath(f.fileName()) +
                                    u": tr(\"" + source + u"\") is looked up in " + context +
                                    u", which the .ts file does not have it under";
            }
        }
    }
    // QTest cuts long messages: one line each.
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QString::number(problems.size()) +
                 u" strings above are filed by lupdate under another context, so they stay in English. Make "
                 u"the wrapper use the context lupdate gives (see the .ts file), or call "
                 u"QCoreApplication::translate(\"CONTEXT\", \"...\") directly."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
