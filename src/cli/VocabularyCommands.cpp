// hearth-cli vocabulary list|add|rename|retire|restore: the council's target groups and barriers,
// as the Target groups and Barriers tabs of the Council settings dialog edit them.
#include "Cli.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hearth::cli {

namespace {

// "target-groups" / "barriers" (also with '_') -> the list in `vocabulary`.
CouncilTermList& requireList(CouncilVocabulary& vocabulary, const QString& name)
{
    QString field = name;
    field.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (CouncilTermList* list = vocabulary.list(field)) {
        return *list;
    }
    throw Failure(ExitUsage,
                  QStringLiteral("LIST: '%1' is not a council list; the lists are: target-groups, barriers").arg(name));
}

QString status(const CouncilTerm& term)
{
    return QString(term.builtIn ? QStringLiteral("built-in") : QStringLiteral("added"))
        + (term.retired ? QStringLiteral(", retired") : QString());
}

int vocabularyList(Context& context, const QCommandLineParser& parser)
{
    CouncilVocabulary vocabulary = context.store().councilVocabulary();
    const CouncilTermList& list = requireList(vocabulary, parser.positionalArguments().at(0));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray terms;
        for (const auto& term : list.terms()) {
            terms.append(QJsonObject {{QStringLiteral("code"), term.code},
                                      {QStringLiteral("label"), list.label(term.code)},
                                      {QStringLiteral("built_in"), term.builtIn},
                                      {QStringLiteral("retired"), term.retired}});
        }
        context.printJson(terms);
        return ExitOk;
    }
    for (const auto& term : list.terms()) {
        context.out() << term.code << '\t' << list.label(term.code) << '\t' << status(term) << '\n';
    }
    return ExitOk;
}

// Applies one change to a list and saves; a refused change is a data error naming the list.
int change(Context& context, const QCommandLineParser& parser,
           const std::function<QString(CouncilTermList&, const QStringList&)>& apply)
{
    auto& store = context.store();
    CouncilVocabulary vocabulary = store.councilVocabulary();
    CouncilTermList& list = requireList(vocabulary, parser.positionalArguments().at(0));
    if (const QString problem = apply(list, parser.positionalArguments().mid(1)); !problem.isEmpty()) {
        throw Failure(ExitDataError, list.field() + QStringLiteral(": ") + problem);
    }
    store.saveCouncilVocabulary(vocabulary);
    return ExitOk;
}

int vocabularyAdd(Context& context, const QCommandLineParser& parser)
{
    const QString code = parser.value(QStringLiteral("code"));
    QString added;
    const int result = change(context, parser, [&code, &added](CouncilTermList& list, const QStringList& arguments) {
        return list.add(arguments.at(0), code, &added);
    });
    context.out() << added << '\n'; // saved: the code to use in resident add and imports
    return result;
}

int vocabularyRename(Context& context, const QCommandLineParser& parser)
{
    return change(context, parser, [](CouncilTermList& list, const QStringList& arguments) {
        return list.rename(arguments.at(0), arguments.at(1));
    });
}

int vocabularyRetire(Context& context, const QCommandLineParser& parser)
{
    return change(context, parser, [](CouncilTermList& list, const QStringList& arguments) {
        return list.setRetired(arguments.at(0), true);
    });
}

int vocabularyRestore(Context& context, const QCommandLineParser& parser)
{
    return change(context, parser, [](CouncilTermList& list, const QStringList& arguments) {
        return list.setRetired(arguments.at(0), false);
    });
}

} // namespace

QList<Command> vocabularyCommands()
{
    const QString list = QStringLiteral("LIST");
    return {
        {{QStringLiteral("vocabulary"), QStringLiteral("list")},
         QStringLiteral("target-groups|barriers [--json]"),
         QStringLiteral("List the council's target groups or barriers: code, label, built-in or added, retired."),
         {list},
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
         },
         vocabularyList},
        {{QStringLiteral("vocabulary"), QStringLiteral("add")},
         QStringLiteral("target-groups|barriers LABEL [--code CODE]"),
         QStringLiteral("Add a term to a council list; prints its code (made from the label unless given)."),
         {list, QStringLiteral("LABEL")},
         [](QCommandLineParser& parser) {
             parser.addOption(
                 {QStringLiteral("code"), QStringLiteral("The code to store (a-z, 0-9, _)."), QStringLiteral("CODE")});
         },
         vocabularyAdd},
        {{QStringLiteral("vocabulary"), QStringLiteral("rename")},
         QStringLiteral("target-groups|barriers CODE LABEL"),
         QStringLiteral("Change the label of a term the council added (the code stays)."),
         {list, QStringLiteral("CODE"), QStringLiteral("LABEL")},
         nullptr,
         vocabularyRename},
        {{QStringLiteral("vocabulary"), QStringLiteral("retire")},
         QStringLiteral("target-groups|barriers CODE"),
         QStringLiteral("Stop offering a term for new entries; records that have it keep it."),
         {list, QStringLiteral("CODE")},
         nullptr,
         vocabularyRetire},
        {{QStringLiteral("vocabulary"), QStringLiteral("restore")},
         QStringLiteral("target-groups|barriers CODE"),
         QStringLiteral("Offer a retired term again."),
         {list, QStringLiteral("CODE")},
         nullptr,
         vocabularyRestore},
    };
}

} // namespace hearth::cli
