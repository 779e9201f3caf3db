// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/exportwriter.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Draws a red square whose position is a fixed fraction of the size, so layout-at-size is checkable.
class SquareSource : public at::ExportSource {
public:
    at::DataTable table(const at::ExportRequest &) const override { return {}; }
    QString defaultTitle(const QLocale &) const override { return u"Square"_s; }
    void render(QPainter &p, const QSize &size, const at::ExportRequest &) const override
    {
        p.fillRect(QRectF(size.width() * 0.25, size.height() * 0.25, size.width() * 0.5, size.height() * 0.5),
                   QColor(200, 0, 0));
        p.setPen(Qt::black);
        p.drawText(QPointF(10, 30), u"中文 text"_s);
    }
};

} // namespace

class TestExportWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SquareSource m_source;

private Q_SLOTS:
    void formatFollowsTheExtension()
    {
        QCOMPARE(at::exportFormatFor(u"a.PNG"_s), at::ExportFormat::Png);
        QCOMPARE(at::exportFormatFor(u"a.svg"_s), at::ExportFormat::Svg);
        QCOMPARE(at::exportFormatFor(u"a.pdf"_s), at::ExportFormat::Pdf);
        QString error;
        QVERIFY(!at::exportFormatFor(u"a.jpg"_s, &error));
        QCOMPARE(error, u"a.jpg: unknown format; use a file name ending in .png, .svg or .pdf"_s);
    }

    void pngHasTheRequestedSizeAndContent()
    {
        at::ExportRequest r;
        r.size = QSize(800, 400);
        const QString path = m_dir.filePath(u"square.png"_s);
        QVERIFY(at::exportToFile(m_source, r, path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 400));
        QCOMPARE(image.pixelColor(400, 200), QColor(200, 0, 0)); // centre: the square
        QCOMPARE(image.pixelColor(100, 300), QColor(Qt::white)); // outside it
        QCOMPARE(image.pixelColor(201, 101), QColor(200, 0, 0)); // the square starts at a quarter
        QCOMPARE(image.pixelColor(199, 99), QColor(Qt::white));
    }

    void scaleMultipliesPixelsAndKeepsLayout()
    {
        at::ExportRequest r;
        r.size = QSize(400, 200);
        r.scale = 2.0;
        const QString path = m_dir.filePath(u"scaled.png"_s);
        QVERIFY(at::exportToFile(m_source, r, path));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 400));
        QCOMPARE(image.pixelColor(201, 101), QColor(200, 0, 0));
        QCOMPARE(image.pixelColor(199, 99), QColor(Qt::white));
    }

    void svgIsValid()
    {
        at::ExportRequest r;
        r.size = QSize(640, 480);
        const QString path = m_dir.filePath(u"square.svg"_s);
        QVERIFY(at::exportToFile(m_source, r, path));
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 640, 480));
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        svg.render(&p);
        p.end();
        QCOMPARE(image.pixelColor(320, 240), QColor(200, 0, 0));
    }

    void pdfIsValid()
    {
        at::ExportRequest r;
        r.size = QSize(640, 480);
        const QString path = m_dir.filePath(u"square.pdf"_s);
        QVERIFY(at::exportToFile(m_source, r, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 500);
        // One page of 640x480 px at 96 dpi = 480x360 pt.
        const auto box = QRegularExpression(u"/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"_s)
                             .match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QCOMPARE(box.captured(1).toDouble(), 480.0);
        QCOMPARE(box.captured(2).toDouble(), 360.0);
    }

    void unwritableFolderLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString path = folder + u"/out.png"_s;
        at::ExportRequest r;
        r.size = QSize(100, 100);
        const auto written = at::exportToFile(m_source, r, path);
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (written && ::geteuid() == 0)
            QSKIP("running as root: permissions do not stop writes (the tmpfs test in tst_exportdisk covers "
                  "it)");
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 path + u": cannot be created in its folder (Permission denied); nothing was saved"_s);
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    void missingFolderIsAClearError()
    {
        at::ExportRequest r;
        r.size = QSize(100, 100);
        const QString path = m_dir.filePath(u"no/such/folder/out.png"_s);
        const auto written = at::exportToFile(m_source, r, path);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 path +
                     u": cannot be created in its folder (No such file or directory); nothing was saved"_s);
        QVERIFY(!QFile::exists(path));
    }

    void cancelledWriteLeavesNoFile()
    {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::blue);
        std::atomic_bool cancel{true};
        const QString path = m_dir.filePath(u"cancelled.png"_s);
        const auto written = at::writePngAtomically(image, path, &cancel);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(), path + u": cancelled"_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
