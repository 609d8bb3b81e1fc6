#include "CouncilSettings.h"

#include <QCoreApplication>

#include "Measurement.h"

namespace hearth {

namespace {

// One setting: its key and the member that holds it (exactly one of the three is set).
struct SettingField
{
    const char* key;
    QString CouncilSettings::*text = nullptr;
    int CouncilSettings::*whole = nullptr;
    double CouncilSettings::*real = nullptr;
};

const QList<SettingField>& settingFields()
{
    using S = CouncilSettings;
    static const QList<SettingField> fields {
        {"council_name", &S::councilName},
        {"primary_instrument", &S::primaryInstrument},
        {"review_interval_weeks", nullptr, &S::reviewIntervalWeeks},
        {"suppression_threshold", nullptr, &S::suppressionThreshold},
        {"stale_after_months", nullptr, &S::staleAfterMonths},
        {"no_response_days", nullptr, &S::noResponseDays},
        {"retention_years", nullptr, &S::retentionYears},
        {"action_no_update_weeks", nullptr, &S::actionNoUpdateWeeks},
        {"ucla3_lonely_from", nullptr, &S::ucla3LonelyFrom},
        {"ucla3_improvement", nullptr, &S::ucla3Improvement},
        {"swemwbs_change", nullptr, nullptr, &S::swemwbsChange},
        {"swemwbs_low_wellbeing_below", nullptr, nullptr, &S::swemwbsLowWellbeingBelow},
        {"wemwbs_change", nullptr, &S::wemwbsChange},
        {"cel_change", nullptr, &S::celChange},
        {"djg6_change", nullptr, &S::djg6Change},
    };
    return fields;
}

} // namespace

QList<std::pair<QString, QString>> CouncilSettings::values() const
{
    QList<std::pair<QString, QString>> result;
    for (const SettingField& field : settingFields()) {
        const QString key = QString::fromLatin1(field.key);
        if (field.text) {
            result.append({key, this->*field.text});
        } else if (field.whole) {
            result.append({key, QString::number(this->*field.whole)});
        } else {
            result.append({key, QString::number(this->*field.real)});
        }
    }
    return result;
}

QStringList CouncilSettings::keys()
{
    QStringList result;
    for (const SettingField& field : settingFields()) {
        result.append(QString::fromLatin1(field.key));
    }
    return result;
}

QString CouncilSettings::setValue(const QString& key, const QString& text)
{
    for (const SettingField& field : settingFields()) {
        if (key != QLatin1String(field.key)) {
            continue;
        }
        bool ok = true;
        if (field.text) {
            this->*field.text = text;
        } else if (field.whole) {
            const int value = text.trimmed().toInt(&ok);
            if (ok) {
                this->*field.whole = value;
            }
        } else {
            const double value = text.trimmed().toDouble(&ok);
            if (ok) {
                this->*field.real = value;
            }
        }
        return ok ? QString()
                  : QCoreApplication::translate("hearth::CouncilSettings", "'%1' is not a %2")
                        .arg(text,
                             field.whole ? QCoreApplication::translate("hearth::CouncilSettings", "whole number")
                                         : QCoreApplication::translate("hearth::CouncilSettings", "number"));
    }
    return QCoreApplication::translate("hearth::CouncilSettings", "is not a council setting; the settings are: %1")
        .arg(keys().join(QStringLiteral(", ")));
}

FieldErrors CouncilSettings::validate() const
{
    Validator v;
    v.requireText(QStringLiteral("council_name"), councilName, 200);
    if (!instrumentIds().contains(primaryInstrument)) {
        v.fail(QStringLiteral("primary_instrument"),
               QCoreApplication::translate("hearth::CouncilSettings", "'%1' is not a known instrument")
                   .arg(primaryInstrument));
    }
    const auto range = [&v](const char* field, int value, int low, int high) {
        if (value < low || value > high) {
            v.fail(
                QString::fromLatin1(field),
                QCoreApplication::translate("hearth::CouncilSettings", "must be between %1 and %2").arg(low).arg(high));
        }
    };
    range("review_interval_weeks", reviewIntervalWeeks, 1, 104);
    range("suppression_threshold", suppressionThreshold, 2, 100);
    range("stale_after_months", staleAfterMonths, 1, 120);
    range("no_response_days", noResponseDays, 1, 365);
    range("retention_years", retentionYears, 1, 100);
    range("action_no_update_weeks", actionNoUpdateWeeks, 1, 104);
    range("ucla3_lonely_from", ucla3LonelyFrom, 4, 9);
    range("ucla3_improvement", ucla3Improvement, 1, 6);
    range("wemwbs_change", wemwbsChange, 1, 56);
    range("cel_change", celChange, 1, 12);
    range("djg6_change", djg6Change, 1, 6);
    const auto realRange = [&v](const char* field, double value, double low, double high) {
        if (!(value >= low && value <= high)) { // also refuses NaN
            v.fail(
                QString::fromLatin1(field),
                QCoreApplication::translate("hearth::CouncilSettings", "must be between %1 and %2").arg(low).arg(high));
        }
    };
    realRange("swemwbs_change", swemwbsChange, 0.5, 28.0);
    realRange("swemwbs_low_wellbeing_below", swemwbsLowWellbeingBelow, 7.0, 35.0);
    return v.errors();
}

} // namespace hearth
