// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// `cmake --install` into a temporary prefix puts every desktop file in place, and they are valid: the
// launcher (desktop-file-validate), the AppStream metainfo (appstreamcli), the icons, and the MIME types that
// make a double-clicked workspace open in the app.
#include "app/core/annotations/annotationstore.h"
#include "app/core/desktopid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(AT_APP_ID);
const QString workspaceType = QStringLiteral("application/x-alliance-timeline-workspace");
const QString datasetType = QStringLiteral("application/x-alliance-timeline-dataset");

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(180000))
        return {-1, program + u" did not finish: " + p.errorString()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

// The [Desktop Entry] group as key -> raw value (QSettings would split values at ';').
QMap<QString, QString> readDesktopEntry(const QString &path)
{
    QMap<QString, QString> entry;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]";
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void files_data();
    void files();
    void pngIcons_data();
    void pngIcons();
    void desktopEntry();
    void desktopFileValidates();
    void metainfo();
    void metainfoValidates();
    void licence();
    void mimeTypes();
    void appUsesTheSameId();

private:
    QString path(const QString &relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    // The MIME database below must read the installed types: point it there before anything loads it.
    QVERIFY(m_prefix.isValid());
    qputenv("XDG_DATA_DIRS",
            QFile::encodeName(m_prefix.filePath(QStringLiteral("share"))) + ":/usr/local/share:/usr/share");
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_prefix.filePath(QStringLiteral("data-home"))));
    const Run install =
        run(QStringLiteral(AT_CMAKE_COMMAND), {QStringLiteral("--install"), QStringLiteral(AT_BINARY_DIR),
                                               QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
}

void TestInstall::files_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = {
        QStringLiteral("bin/alliance-timeline"),
        u"share/applications/" + appId + u".desktop",
        u"share/metainfo/" + appId + u".metainfo.xml",
        u"share/mime/packages/" + appId + u".xml",
        u"share/icons/hicolor/scalable/apps/" + appId + u".svg",
        QStringLiteral("share/doc/alliance-timeline/copyright"),
    };
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestInstall::files()
{
    QFETCH(QString, file);
    const QFileInfo info(path(file));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    if (file.startsWith(u"bin/"))
        QVERIFY(info.isExecutable());
}

void TestInstall::pngIcons_data()
{
    QTest::addColumn<int>("size");
    for (const QString &s : QStringLiteral(AT_ICON_SIZES).split(u','))
        QTest::newRow(qPrintable(s)) << s.toInt();
}

void TestInstall::pngIcons()
{
    QFETCH(int, size);
    const QString file = path(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
    QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // The rounded corner is transparent; the middle company on the timeline is the icon's yellow.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    if (size >= 32) {
        const QColor middle = image.pixelColor(size * 64 / 128, size * 82 / 128);
        QVERIFY2(qAbs(middle.red() - 0xff) < 24 && qAbs(middle.green() - 0xd1) < 24 &&
                     qAbs(middle.blue() - 0x66) < 24,
                 qPrintable(middle.name()));
    }
}

void TestInstall::desktopEntry()
{
    const auto entry = readDesktopEntry(path(u"share/applications/" + appId + u".desktop"));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    // The file manager passes the double-clicked file as one path argument.
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("alliance-timeline %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Alliance Timeline"));
    QVERIFY(!entry.value(QStringLiteral("Name[zh_CN]")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Comment[zh_CN]")).isEmpty());
    const QStringList types = entry.value(QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts);
    QVERIFY(types.contains(workspaceType));
    QVERIFY(types.contains(datasetType));
}

void TestInstall::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const Run r = run(validator, {path(u"share/applications/" + appId + u".desktop")});
    QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
}

void TestInstall::metainfo()
{
    QFile f(path(u"share/metainfo/" + appId + u".metainfo.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString id;
    QString launchable;
    QString licence;
    QStringList releases;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"project_license")
            licence = xml.readElementText();
        else if (xml.name() == u"release")
            releases << xml.attributes().value(QLatin1StringView("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + u".desktop");
    QCOMPARE(licence, u"GPL-3.0-or-later"_qs);
    // The newest release named is the version being built: bump both together.
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(AT_PROJECT_VERSION));
}

// The installed copyright file is in Debian's machine-readable format and names the project's licence, the
// one LICENSE holds and every source file's SPDX line states.
void TestInstall::licence()
{
    QFile f(path(u"share/doc/alliance-timeline/copyright"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    QCOMPARE(lines.first(), u"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"_qs);
    QVERIFY(lines.contains(u"Files: *"_qs));
    QVERIFY(lines.contains(u"License: GPL-3.0-or-later"_qs));
    QFile licence(QStringLiteral(AT_SOURCE_DIR "/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(licence.readLine().trimmed() == "GNU GENERAL PUBLIC LICENSE");
    QFile main(QStringLiteral(AT_SOURCE_DIR "/app/main.cpp"));
    QVERIFY(main.open(QIODevice::ReadOnly));
    QCOMPARE(main.readLine().trimmed(), QByteArray("// SPDX-License-Identifier: GPL-3.0-or-later"));
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const Run r = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  path(u"share/metainfo/" + appId + u".metainfo.xml")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

void TestInstall::mimeTypes()
{
    // update-mime-database also checks the XML; without it Qt reads share/mime/packages directly.
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (!updater.isEmpty()) {
        const Run r = run(updater, {path(QStringLiteral("share/mime"))});
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
    }
    QMimeDatabase db;
    const QMimeType workspace =
        db.mimeTypeForFile(QStringLiteral("/nonexistent/study.atws"), QMimeDatabase::MatchExtension);
    QCOMPARE(workspace.name(), workspaceType);
    QVERIFY(workspace.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(workspace.comment(), QStringLiteral("Alliance Timeline workspace"));
    QVERIFY(workspace.globPatterns().contains(QStringLiteral("*.atws")));
    // the extension the app gives the workspaces it creates, and by which it tells a workspace from a dataset
    // on its command line
    QCOMPARE(workspace.preferredSuffix(), at::AnnotationStore::fileSuffix());

    // A dataset is told apart from other JSON by its content.
    QFile embedded(QStringLiteral(AT_SOURCE_DIR "/resources/data/alliances-2010-2013.json"));
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    const QByteArray head = embedded.read(4096);
    QCOMPARE(db.mimeTypeForData(head).name(), datasetType);
    QVERIFY(db.mimeTypeForName(datasetType).inherits(QStringLiteral("application/json")));
    QCOMPARE(db.mimeTypeForData(QByteArray("{\"format\": \"something-else\", \"version\": 1}")).name() ==
                 datasetType,
             false);
}

void TestInstall::appUsesTheSameId()
{
    // What the running app tells the desktop (QGuiApplication::setDesktopFileName) names the installed file.
    QCOMPARE(QLatin1StringView(at::desktopFileId), appId);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
