// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// README.md is a promise to users: its command lines are run here exactly as written, the pictures it
// shows must still be what their command draws, and the views and set-up commands it names must be the
// program's. A README that drifts from the program fails this test.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AT_SOURCE_DIR) + u'/' + relative;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A command of README.md: the words after "alliance-timeline", and the line it starts on.
struct Example {
    QStringList args;
    int line = 0;
    bool madeAPicture = false; // follows a line saying the picture above was "made with" it
};

// Every indented code line starting "alliance-timeline " (with its "\" continuations), except synopses
// (which hold [optional] parts or upper-case placeholders such as VIEW and FILE).
QList<Example> examples(const QString &readme)
{
    const QStringList lines = readme.split(u'\n');
    QList<Example> found;
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(u"    alliance-timeline "_s))
            continue;
        const int first = i;
        QString command = lines[i].trimmed();
        while (command.endsWith(u'\\') && i + 1 < lines.size())
            command = command.chopped(1) + u' ' + lines[++i].trimmed();
        const int comment = command.indexOf(u" #"_s);
        if (comment >= 0)
            command.truncate(comment);
        static const QRegularExpression placeholder(u"[\\[\\]]|\\b[A-Z]{3,}\\b"_s);
        if (placeholder.match(command).hasMatch())
            continue;
        Example e;
        e.args = command.split(u' ', Qt::SkipEmptyParts).mid(1);
        e.line = first + 1;
        // "made with", then the blank line a Markdown code block needs, then the command.
        e.madeAPicture = first > 1 && lines[first - 2].contains(u"made with"_s, Qt::CaseInsensitive);
        found.append(e);
    }
    return found;
}

QStringList outputsOf(const QStringList &args)
{
    QStringList outs;
    for (int i = 0; i + 1 < args.size(); ++i)
        if (args[i] == u"--out"_s)
            outs.append(args[i + 1]);
    return outs;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QStringList &args, const QString &workingDirectory)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        env.remove(QLatin1StringView(name));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, workingDirectory + u"/config"_s);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(AT_APP_BINARY), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// What the file starts with says what it is, whatever its name says.
QString kindOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return u"missing"_s;
    const QByteArray head = f.read(512);
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return u"png"_s;
    if (head.startsWith("%PDF-"))
        return u"pdf"_s;
    if (head.contains("<svg"))
        return u"svg"_s;
    if (!head.isEmpty() && !head.contains('\0') && head.contains(','))
        return u"csv"_s;
    return u"unknown"_s;
}

// The share of 8x8 cells whose mean colour differs by more than a small step in any channel: a moved
// lane, label or bar changes many cells, while the anti-aliasing of one font build against another
// changes few.
double changedCells(const QImage &a, const QImage &b)
{
    const QSize cells = a.size() / 8;
    const QImage sa = a.convertToFormat(QImage::Format_RGB32)
                          .scaled(cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage sb = b.convertToFormat(QImage::Format_RGB32)
                          .scaled(cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qsizetype changed = 0;
    for (int y = 0; y < cells.height(); ++y)
        for (int x = 0; x < cells.width(); ++x) {
            const QRgb p = sa.pixel(x, y);
            const QRgb q = sb.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                    std::abs(qBlue(p) - qBlue(q))});
            if (d > 24)
                ++changed;
        }
    return double(changed) / double(cells.width() * cells.height());
}

} // namespace

class TestReadme : public QObject {
    Q_OBJECT
    QString m_readme;

private Q_SLOTS:
    void initTestCase()
    {
        m_readme = readText(sourcePath(u"README.md"_s));
        QVERIFY(!m_readme.isEmpty());
    }

    // The two set-up commands, and CI running the second one.
    void theTwoSetUpCommands()
    {
        QVERIFY(m_readme.contains(u"\n    tools/setup.sh run "_s));
        QVERIFY(m_readme.contains(u"\n    tools/setup.sh test "_s));
        QVERIFY(readText(sourcePath(u".ci/run"_s)).contains(u"\nexec tools/setup.sh test\n"_s));
    }

    // Every view the program can export is named in README, and README names no view it cannot.
    void theViewsAreThePrograms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run help = runProgram({u"--help"_s}, dir.path());
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression list(u"Export VIEW \\(([a-z, -]+)\\)"_s);
        const QRegularExpressionMatch m = list.match(help.out.simplified());
        QVERIFY2(m.hasMatch(), qPrintable(help.out));
        const QStringList views = m.captured(1).split(u", "_s);
        QVERIFY(views.size() >= 4);
        static const QRegularExpression sentence(u"`VIEW` is ([^;.]*)"_s);
        const QRegularExpressionMatch s = sentence.match(m_readme.simplified());
        QVERIFY2(s.hasMatch(), "README says which views --export takes in a sentence starting \"`VIEW` is\"");
        QStringList named;
        static const QRegularExpression code(u"`([a-z-]+)`"_s);
        for (auto it = code.globalMatch(s.captured(1)); it.hasNext();)
            named.append(it.next().captured(1));
        QCOMPARE(named, views);
    }

    void everyCommandLineExampleWorks_data()
    {
        QTest::addColumn<QStringList>("args");
        int count = 0;
        for (const Example &e : examples(m_readme)) {
            if (e.madeAPicture || !(e.args.contains(u"--export"_s) || e.args.contains(u"--help"_s) ||
                                    e.args.contains(u"--version"_s)))
                continue; // the window itself is tried by the window's tests
            QTest::addRow("README.md:%d", e.line) << e.args;
            ++count;
        }
        QVERIFY2(count >= 1, "README shows at least one command-line export");
    }
    void everyCommandLineExampleWorks()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run r = runProgram(args, dir.path());
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        for (const QString &out : outputsOf(args))
            QCOMPARE(kindOf(dir.filePath(out)), out.section(u'.', -1).toLower());
    }

    // Each picture README shows is redrawn by the command README gives for it and must look the same;
    // tools/screenshot.sh redraws them all.
    void thePicturesAreCurrent()
    {
        static const QRegularExpression image(u"!\\[[^\\]]*\\]\\((docs/images/[^)]+\\.png)\\)"_s);
        QStringList shown;
        for (auto it = image.globalMatch(m_readme); it.hasNext();)
            shown.append(it.next().captured(1));
        QVERIFY2(!shown.isEmpty(), "README shows a picture of the program");
        const QList<Example> all = examples(m_readme);
        for (const QString &picture : std::as_const(shown)) {
            const auto made = std::find_if(all.cbegin(), all.cend(), [&](const Example &e) {
                return e.madeAPicture && outputsOf(e.args) == QStringList{picture};
            });
            QVERIFY2(made != all.cend(), qPrintable(picture + u": README gives no command that made it"_s));
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            QVERIFY(QDir(dir.path()).mkpath(u"docs/images"_s));
            const Run r = runProgram(made->args, dir.path());
            QCOMPARE(r.err, QString());
            QCOMPARE(r.exitCode, 0);
            const QImage now(dir.filePath(picture));
            const QImage kept(sourcePath(picture));
            QVERIFY2(!kept.isNull(), qPrintable(picture));
            QCOMPARE(now.size(), kept.size());
            const double changed = changedCells(now, kept);
            QVERIFY2(changed <= 0.02,
                     qPrintable(u"%1: %2% of it changed; run tools/screenshot.sh"_s.arg(picture).arg(
                         changed * 100, 0, 'f', 1)));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
