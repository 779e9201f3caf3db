// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationfields.h"
#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/annotationreading.h"
#include "app/core/dataset.h"
#include "app/core/import/textposition.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstring>

namespace at {

using annotationfields::Field;

namespace {

constexpr auto formatName = "alliance-timeline-annotations";
// Version 2 added spans and periods (entityId, from, to); version 1 files read as they are.
constexpr int formatVersion = 2;
constexpr int maxErrors = 100;

// Where each value of a valid JSON text starts, by path ("annotations[3].text": the offset of its key), and
// which keys repeat. QJsonDocument checks the syntax but says neither.
class JsonPositions {
public:
    struct Duplicate {
        QString path;
        qsizetype offset;
    };

    explicit JsonPositions(QByteArrayView text) : m_text(text) { value(QString()); }
    qsizetype offset(const QString &path) const { return m_offsets.value(path, -1); }
    const QList<Duplicate> &duplicates() const { return m_duplicates; }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::strchr(" \t\r\n", m_text[m_pos]) && m_text[m_pos] != '\0')
            ++m_pos;
    }
    QString string() // at the opening quote; the raw contents (our keys have no escapes)
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        const QString s = QString::fromUtf8(m_text.sliced(start, qMin(m_pos, m_text.size()) - start));
        ++m_pos;
        return s;
    }
    void value(const QString &path)
    {
        skipSpace();
        if (!m_offsets.contains(path))
            m_offsets.insert(path, m_pos);
        const char c = peek();
        if (c == '{') {
            ++m_pos;
            QSet<QString> keys;
            skipSpace();
            while (m_pos < m_text.size() && peek() != '}') {
                skipSpace();
                const qsizetype keyAt = m_pos;
                const QString key = string();
                const QString child = path.isEmpty() ? key : path + u'.' + key;
                if (keys.contains(key))
                    m_duplicates << Duplicate{child, keyAt};
                keys.insert(key);
                if (!m_offsets.contains(child))
                    m_offsets.insert(child, keyAt);
                skipSpace();
                ++m_pos; // ':'
                value(child);
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            for (int i = 0; m_pos < m_text.size() && peek() != ']'; ++i) {
                value(path + u'[' + QString::number(i) + u']');
                skipSpace();
                if (peek() == ',')
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && !std::strchr(",]} \t\r\n", m_text[m_pos]))
                ++m_pos;
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QList<Duplicate> m_duplicates;
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return AnnotationIoText::tr("null");
    case QJsonValue::Bool:
        return AnnotationIoText::tr("true or false");
    case QJsonValue::Double:
        return AnnotationIoText::tr("a number");
    case QJsonValue::String:
        return AnnotationIoText::tr("a string");
    case QJsonValue::Array:
        return AnnotationIoText::tr("an array");
    case QJsonValue::Object:
        return AnnotationIoText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return AnnotationIoText::tr("nothing");
}

QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

// Fields that may be null or absent: the target's other half, and the informational ones.
bool isOptional(Field f)
{
    return f == Field::EventId || f == Field::SeriesId || f == Field::PointDate || f == Field::EntityId ||
           f == Field::From || f == Field::To || f == Field::Date || f == Field::Title || f == Field::Tags ||
           f == Field::EditedBy;
}

} // namespace

QByteArray annotationsToJson(const QList<Annotation> &annotations, const Dataset &d)
{
    QString out = QStringLiteral("{\n  \"format\": \"%1\",\n  \"version\": %2,\n  \"annotations\": [")
                      .arg(QLatin1StringView(formatName))
                      .arg(formatVersion);
    bool first = true;
    for (const Annotation &a : annotations) {
        out += first ? QStringLiteral("\n    {") : QStringLiteral(",\n    {");
        first = false;
        QStringList lines;
        for (Field f : annotationfields::allFields()) {
            if (!annotationfields::belongsTo(f, a.target.kind))
                continue;
            QString value;
            if (f == Field::Tags) {
                QStringList tags;
                for (const QString &t : a.tags)
                    tags << jsonString(t);
                value = u'[' + tags.join(QStringLiteral(", ")) + u']';
            } else {
                value = jsonString(annotationfields::exportValue(a, f, d));
            }
            lines << QStringLiteral("\n      \"%1\": %2").arg(annotationfields::jsonName(f), value);
        }
        out += lines.join(u',') + QStringLiteral("\n    }");
    }
    out += annotations.isEmpty() ? QStringLiteral("]\n}\n") : QStringLiteral("\n  ]\n}\n");
    return out.toUtf8();
}

AnnotationReadResult readAnnotationsJson(QByteArrayView bytes, const QString &fileName)
{
    AnnotationReading r;
    auto error = [&](const QString &path, const QString &message, qsizetype offset = -1) {
        if (r.errors.size() >= maxErrors)
            return;
        const TextPosition pos = offset >= 0 ? positionOfOffset(bytes, offset) : TextPosition{};
        r.errors << LoadError{fileName, path, message, pos.line, pos.column};
    };
    if (bytes.size() > maxAnnotationFileBytes) {
        error({}, annotationFileTooLarge(bytes.size()));
        return std::move(r).result();
    }
    if (bytes.isEmpty()) {
        error({}, AnnotationIoText::tr("the file is empty"));
        return std::move(r).result();
    }
    if (const TextPosition bad = firstInvalidUtf8(bytes); bad.line > 0) {
        r.errors << LoadError{fileName, {}, AnnotationIoText::tr("invalid UTF-8"), bad.line, bad.column};
        return std::move(r).result();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error({}, parseError.errorString(), parseError.offset);
        return std::move(r).result();
    }
    const JsonPositions positions(bytes);
    const auto at = [&](const QString &path) { return positions.offset(path); };
    for (const JsonPositions::Duplicate &dup : positions.duplicates())
        error(dup.path, AnnotationIoText::tr("this key appears twice"), dup.offset);
    if (!doc.isObject()) {
        error({}, AnnotationIoText::tr("the top level is not an object"), 0);
        return std::move(r).result();
    }
    const QJsonObject root = doc.object();
    for (const QString &key : root.keys())
        if (key != u"format" && key != u"version" && key != u"annotations")
            error(key, AnnotationIoText::tr("unknown key"), at(key));
    if (root.value(u"format").toString() != QLatin1StringView(formatName)) {
        error(QStringLiteral("format"),
              root.contains(u"format") ? AnnotationIoText::tr("not \"%1\"").arg(QLatin1StringView(formatName))
                                       : AnnotationIoText::tr("missing; this is not an annotations file"),
              at(QStringLiteral("format")));
        return std::move(r).result();
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        error(QStringLiteral("version"), AnnotationIoText::tr("not a format version (1 or 2)"),
              at(QStringLiteral("version")));
        return std::move(r).result();
    }
    if (version.toInt() > formatVersion) {
        error(QStringLiteral("version"),
              AnnotationIoText::tr(
                  "the file is of format version %1, written by a newer version of Alliance Timeline; this "
                  "version "
                  "reads version %2")
                  .arg(version.toInt())
                  .arg(formatVersion),
              at(QStringLiteral("version")));
        return std::move(r).result();
    }
    const QJsonValue list = root.value(u"annotations");
    if (!list.isArray()) {
        error(QStringLiteral("annotations"),
              AnnotationIoText::tr("expected an array, found %1").arg(typeName(list)),
              at(QStringLiteral("annotations")));
        return std::move(r).result();
    }
    QHash<QString, int> firstLine;
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("annotations[%1]").arg(i);
        if (!array[i].isObject()) {
            error(path, AnnotationIoText::tr("expected an object, found %1").arg(typeName(array[i])),
                  at(path));
            continue;
        }
        const qsizetype errorsBefore = r.errors.size();
        const QJsonObject object = array[i].toObject();
        Annotation a;
        QList<Field> present;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString fieldPath = path + u'.' + it.key();
            const std::optional<Field> f = annotationfields::fromJsonName(it.key());
            if (!f) {
                error(fieldPath, AnnotationIoText::tr("unknown key"), at(fieldPath));
                continue;
            }
            const QJsonValue v = it.value();
            QString problem;
            if (v.isNull() && isOptional(*f)) {
                continue;
            } else if (*f == Field::Tags) {
                if (!v.isArray()) {
                    problem = AnnotationIoText::tr("expected an array of strings, found %1").arg(typeName(v));
                } else {
                    QStringList tags;
                    for (const QJsonValue &t : v.toArray()) {
                        if (!t.isString())
                            problem = AnnotationIoText::tr("expected an array of strings, found %1 in it")
                                          .arg(typeName(t));
                        tags << t.toString();
                    }
                    if (problem.isEmpty())
                        problem = annotationfields::setTags(a, tags);
                }
            } else if (!v.isString()) {
                problem = AnnotationIoText::tr("expected a string, found %1").arg(typeName(v));
            } else {
                problem = annotationfields::set(a, *f, v.toString());
            }
            present << *f; // a bad value is reported as such, not also as missing
            if (!problem.isEmpty())
                error(fieldPath, problem, at(fieldPath));
        }
        for (Field f : annotationfields::missing(a, present))
            error(path + u'.' + annotationfields::jsonName(f), AnnotationIoText::tr("missing"), at(path));
        if (const QString problem = annotationfields::checkRange(a); !problem.isEmpty())
            error(path + QStringLiteral(".to"), problem, at(path + QStringLiteral(".to")));
        if (present.contains(Field::Uuid)) {
            const int line = positionOfOffset(bytes, at(path + QStringLiteral(".uuid"))).line;
            if (firstLine.contains(a.id))
                error(path + QStringLiteral(".uuid"),
                      AnnotationIoText::tr("the uuid %1 appears twice; first on line %2")
                          .arg(a.id)
                          .arg(firstLine.value(a.id)),
                      at(path + QStringLiteral(".uuid")));
            else
                firstLine.insert(a.id, line);
        }
        if (r.errors.size() == errorsBefore)
            r.annotations << a;
    }
    return std::move(r).result();
}

AnnotationReadResult readAnnotationsFile(const QString &path)
{
    AnnotationReading r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.errors << LoadError{path, {}, AnnotationIoText::tr("cannot be read: %1").arg(file.errorString())};
        return std::move(r).result();
    }
    if (file.size() > maxAnnotationFileBytes) {
        r.errors << LoadError{path, {}, annotationFileTooLarge(file.size())};
        return std::move(r).result();
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        r.errors << LoadError{path, {}, AnnotationIoText::tr("cannot be read: %1").arg(file.errorString())};
        return std::move(r).result();
    }
    if (QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0)
        return readAnnotationsCsv(bytes, path);
    return readAnnotationsJson(bytes, path);
}

} // namespace at
