#pragma once

namespace hearth::cli {

// sysexits(3), as spec/cli.md promises.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64, // unknown command or flag, missing argument
    ExitDataError = 65, // invalid input data, failed validation, unknown id
    ExitNoInput = 66, // input file missing or unreadable
    ExitSoftware = 70, // a fault in Hearth itself
    ExitCantCreate = 73, // cannot create an output file
    ExitIoError = 74,
    ExitTempFail = 75, // database busy or locked: try again
    ExitNoPermission = 77, // wrong passphrase, tampered bundle
};

} // namespace hearth::cli
