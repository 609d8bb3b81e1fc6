#pragma once

#include "Validation.h"

#include <stdexcept>

namespace hearth::storage {

// A failure a user can act on. The CLI maps the kind to an exit code; the GUI shows the message.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        Invalid, // the data failed validation: fields() says which
        NotFound, // an id or code names nothing held
        AlreadyExists, // refusing to overwrite
        Busy, // the database is locked by another program
        CannotOpen, // no such database file, or no permission
        NotHearth, // not a Hearth database, or damaged
        NewerSchema, // made by a newer Hearth
        Io,
    };

    Error(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    explicit Error(FieldErrors fields)
        : std::runtime_error(joinErrors(fields).toStdString())
        , m_kind(Kind::Invalid)
        , m_fields(std::move(fields))
    {
    }

    Kind kind() const { return m_kind; }
    const FieldErrors& fields() const { return m_fields; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
    FieldErrors m_fields;
};

} // namespace hearth::storage
