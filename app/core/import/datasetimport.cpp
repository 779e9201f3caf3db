// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/datasetimport.h"

#include "app/core/import/csv/csvreader.h"
#include "app/core/import/datasetpaths.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/mergedatasets.h"
#include "app/core/import/prefault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace at {

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetImport)
};

ImportCounts countsOf(const Dataset &d)
{
    return ImportCounts{d.sources.size(), d.entities.size(),          qsizetype(d.events.size()),
                        d.series.size(),  qsizetype(d.points.size()), d.markets.size(),
                        d.quotes.size()};
}

ImportCounts difference(const ImportCounts &a, const ImportCounts &b)
{
    return ImportCounts{a.sources - b.sources, a.entities - b.entities, a.events - b.events,
                        a.series - b.series,   a.points - b.points,     a.markets - b.markets,
                        a.quotes - b.quotes};
}

// UTF-16 after its byte order mark, checked: Qt's decoder passes unpaired surrogates through and drops
// an odd last byte, both without an error.
struct Utf16Text {
    QString text;
    QString error;
    int line = 0;
    int column = 0;
};
Utf16Text decodeUtf16(QByteArrayView bytes, bool bigEndian)
{
    Utf16Text out;
    if (bytes.size() % 2) {
        out.error =
            ImportText::tr("the file starts with a UTF-16 byte order mark but has an odd number of bytes");
        return out;
    }
    const qsizetype n = bytes.size() / 2;
    out.text.resize(n);
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < n; ++i) {
        const uchar a = s[2 * i];
        const uchar b = s[2 * i + 1];
        out.text[i] = QChar(bigEndian ? char16_t(a << 8 | b) : char16_t(b << 8 | a));
    }
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = out.text[i];
        const bool paired = c.isHighSurrogate() && i + 1 < n && out.text[i + 1].isLowSurrogate();
        if (c.isSurrogate() && !paired) {
            out.error = ImportText::tr("invalid UTF-16: a surrogate (U+%1) without its pair")
                            .arg(QString::number(c.unicode(), 16).toUpper());
            out.line = line;
            out.column = column;
            return out;
        }
        i += paired;
        ++column;
        if (c == u'\n') {
            ++line;
            column = 1;
        }
    }
    return out;
}

} // namespace

ImportFile::ImportFile(const QString &path, const ImportLimit &limit) : m_path(path)
{
    auto fail = [&](const QString &message) { m_errors.append(LoadError{path, QString(), message}); };
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!info.exists()) {
        fail(ImportText::tr("no such file"));
        return;
    }
    if (info.isDir()) {
        fail(ImportText::tr("is a folder, not a file"));
        return;
    }
    if (info.size() > limit.bytes) {
        fail(limit.refusal(info.size()));
        return;
    }
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(ImportText::tr("cannot be read: %1").arg(m_file->errorString()));
        return;
    }
    // Mapped, not read, when it can be: the pages are the file cache's own (import/prefault.h).
    const qint64 size = m_file->size();
    if (size > 0 && !m_file->isSequential()) {
        if (const uchar *mapped = m_file->map(0, size)) {
            m_readAhead = std::make_unique<ReadAhead>(mapped, size_t(size));
            m_view = QByteArrayView(mapped, size);
        }
    }
    if (m_view.isNull()) {
        m_data = m_file->readAll();
        if (m_file->error() != QFileDevice::NoError) {
            fail(ImportText::tr("cannot be read: %1").arg(m_file->errorString()));
            return;
        }
        if (m_data.size() > limit.bytes) { // it grew while we looked
            fail(limit.refusal(m_data.size()));
            return;
        }
        m_view = m_data;
    }

    // Encodings: UTF-8 is read as it is; UTF-16 is converted when a byte order mark says which; the rest
    // is refused with a message that says what to do.
    const QByteArrayView b = m_view;
    // (Explicit lengths: these marks hold NUL bytes.)
    if (b.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) ||
        b.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        fail(ImportText::tr("the file is UTF-32; save it as UTF-8"));
        return;
    }
    if (b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF")) {
        const Utf16Text text = decodeUtf16(b.sliced(2), b.startsWith("\xFE\xFF"));
        if (!text.error.isEmpty()) {
            m_errors.append(LoadError{path, QString(), text.error, text.line, text.column});
            return;
        }
        m_data = text.text.toUtf8();
        m_view = m_data;
    } else if (b.size() >= 2 && (b[0] == 0) != (b[1] == 0) && uchar(b[0] | b[1]) < 0x80) {
        fail(ImportText::tr("the file looks like UTF-16 without a byte order mark; save it as UTF-8"));
        return;
    }
    if (suffix == u"json") {
        m_json = true;
    } else if (suffix == u"csv") {
        m_json = false;
    } else {
        // No telling extension: a dataset is one JSON object; anything else is taken for a table.
        const QByteArrayView t = m_view.startsWith("\xEF\xBB\xBF") ? m_view.sliced(3) : m_view;
        m_json = t.trimmed().startsWith('{');
    }
}

ImportFile::~ImportFile() = default;

QString importIdentity(const QStringList &files)
{
    QStringList paths;
    for (const QString &f : files)
        paths << datasetFileKey(f);
    paths.sort();
    return paths.join(u'\n');
}

ImportResult runImport(const ImportRequest &request, LoadProgress *progress)
{
    ImportResult result;
    auto cancelled = [&] { return progress && progress->cancelled(); };
    auto finishCancelled = [&] {
        result = ImportResult{};
        result.cancelled = true;
        return result;
    };
    if (request.files.isEmpty()) {
        result.errors.append(LoadError{QString(), QString(), ImportText::tr("no files to import")});
        return result;
    }
    LoadOptions options;
    options.maxBytes = request.sizeLimit.bytes;
    options.maxErrors = request.maxErrors;
    options.progress = progress;

    // Every file is looked at before any is read, so that a folder or an oversized file among several is
    // refused at once.
    if (progress) {
        qint64 total = 0;
        for (const QString &path : request.files)
            total += QFileInfo(path).size();
        progress->total.store(total);
        progress->done.store(0);
    }
    std::vector<std::unique_ptr<ImportFile>> files;
    for (const QString &path : request.files) {
        files.push_back(std::make_unique<ImportFile>(path, request.sizeLimit));
        result.errors += files.back()->errors();
        if (cancelled())
            return finishCancelled();
    }
    if (!result.errors.isEmpty()) {
        if (result.errors.size() > request.maxErrors)
            result.errors.resize(request.maxErrors);
        return result;
    }

    const std::shared_ptr<const Dataset> base =
        request.mode == ImportMode::Add && request.base ? request.base : std::make_shared<const Dataset>();
    std::shared_ptr<const Dataset> current = base;
    QList<CsvInput> tables;
    for (const auto &file : files) {
        if (!file->isJson()) {
            tables.append(CsvInput{file->path(), file->bytes()});
            continue;
        }
        const LoadResult r = readDatasetJson(file->bytes(), file->path(), options);
        if (cancelled())
            return finishCancelled();
        if (!r) {
            result.errors += r.error();
            continue; // read every file, to report everything at once
        }
        if (!result.errors.isEmpty())
            continue;
        if (current->events.empty() && current->entities.isEmpty() && current->sources.isEmpty() &&
            current->series.isEmpty() && current->quotes.isEmpty() && current->markets.isEmpty()) {
            current = *r;
            continue;
        }
        const LoadResult m = mergeDatasets(*current, **r, file->path(), request.maxErrors, base.get());
        if (m)
            current = *m;
        else
            result.errors += m.error();
    }
    if (!tables.isEmpty()) {
        const LoadResult r = readCsvTables(tables, current.get(), options, base.get());
        if (cancelled())
            return finishCancelled();
        if (!r)
            result.errors += r.error();
        else if (result.errors.isEmpty())
            current = *r;
    }
    if (cancelled())
        return finishCancelled();
    if (!result.errors.isEmpty()) {
        if (result.errors.size() > request.maxErrors)
            result.errors.resize(request.maxErrors);
        result.clashes = int(std::count_if(result.errors.cbegin(), result.errors.cend(),
                                           [](const LoadError &e) { return e.idClash; }));
        return result;
    }
    result.dataset = current;
    result.added = difference(countsOf(*current), countsOf(*base));
    result.origin = request.files.size() == 1 ? QFileInfo(request.files.first()).fileName()
                                              : ImportText::tr("%1 files").arg(request.files.size());
    if (progress)
        progress->done.store(progress->total.load());
    return result;
}

QString ImportResult::summary() const
{
    if (!ok())
        return {};
    QStringList parts;
    // Whole phrases per count, so that a translation can say them its own way.
    auto part = [&](qsizetype n, const char *one, const char *many) {
        if (n == 1)
            parts << ImportText::tr(one);
        else if (n > 1)
            parts << ImportText::tr(many).arg(n);
    };
    part(added.events, QT_TRANSLATE_NOOP("at::DatasetImport", "1 event"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 events"));
    part(added.points, QT_TRANSLATE_NOOP("at::DatasetImport", "1 series point"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 series points"));
    part(added.quotes, QT_TRANSLATE_NOOP("at::DatasetImport", "1 quote"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 quotes"));
    part(added.entities, QT_TRANSLATE_NOOP("at::DatasetImport", "1 entity"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 entities"));
    part(added.sources, QT_TRANSLATE_NOOP("at::DatasetImport", "1 source"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 sources"));
    part(added.markets, QT_TRANSLATE_NOOP("at::DatasetImport", "1 market"),
         QT_TRANSLATE_NOOP("at::DatasetImport", "%1 markets"));
    if (parts.isEmpty())
        return ImportText::tr("Nothing new in %1.").arg(origin);
    return ImportText::tr("Read %1 from %2.").arg(parts.join(QStringLiteral(", ")), origin);
}

} // namespace at
