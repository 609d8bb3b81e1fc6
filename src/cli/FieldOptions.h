#pragma once

// Command-line options generated from a table description (storage/Records.h), so that every
// field of an entity can be set from the command line under the same name it has in JSON files
// (given_name -> --given-name), with the same parsing rules.

#include "Cli.h"
#include "Records.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QMap>

namespace hearth::cli {

struct FieldOptionHelp
{
    QStringList aliases; // extra option names, e.g. "ward" for ward_code
    const Vocabulary* codes = nullptr; // the allowed codes, listed in --help
    QString text; // what the field means
};

QString optionName(const QString& field);
QString valueName(storage::FieldKind kind);
// Parses one option value by the field's kind; throws Failure (65) naming the field.
QVariant parseOptionValue(const QString& field, storage::FieldKind kind, const QString& text);

template <class T>
void addFieldOptions(QCommandLineParser& parser, const storage::TableSpec<T>& spec, const QStringList& excluded,
                     const QMap<QString, FieldOptionHelp>& help)
{
    for (const auto& field : spec.fields) {
        if (excluded.contains(field.name)) {
            continue;
        }
        const FieldOptionHelp info = help.value(field.name);
        QStringList names {optionName(field.name)};
        names += info.aliases;
        QString description = info.text.isEmpty() ? field.name : info.text;
        if (info.codes) {
            description += QStringLiteral(" (%1)").arg(info.codes->codes().join(QStringLiteral(", ")));
        }
        if (field.kind == storage::FieldKind::TextList) {
            description += QStringLiteral("; comma-separated");
        }
        parser.addOption(QCommandLineOption(names, description, valueName(field.kind)));
    }
}

// Sets each field whose option was given; returns the names of the fields set. An empty value
// clears a field.
template <class T>
QStringList applyFieldOptions(const QCommandLineParser& parser, const storage::TableSpec<T>& spec,
                              const QStringList& excluded, T& row)
{
    QStringList set;
    for (const auto& field : spec.fields) {
        const QString option = optionName(field.name);
        if (excluded.contains(field.name) || !parser.isSet(option)) {
            continue;
        }
        const QString text = parser.value(option);
        field.set(row, text.isEmpty() ? QVariant() : parseOptionValue(field.name, field.kind, text));
        set.append(field.name);
    }
    return set;
}

} // namespace hearth::cli
