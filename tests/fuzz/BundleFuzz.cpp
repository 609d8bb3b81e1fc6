// libFuzzer target for sync bundle files (`hearth-cli sync import FILE`, the Sync page) as they
// arrive, before anything is known about them: the clear header, then, with the team passphrase,
// the key check and the encrypted stream's framing and authentication. Any bytes must give a
// payload or a BundleError.
//
// Argon2id runs with the limits the header names. A header naming the production limits (256 MiB)
// or more costs a second or more per input, so such inputs stop after the header here: the header's
// bounds are what this target checks for them. The seeds use KdfLimits::fastForTestsOnly(), under
// which the fuzzer reaches the stream.
#include "Bundle.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hearth::sync;
    const QByteArray file = hearth::fuzz::bytes(data, size);
    BundleHeader header;
    try {
        header = readBundleHeader(file);
    } catch (const BundleError&) {
        return 0;
    }
    (void)header.toJson();
    const KdfLimits fast = KdfLimits::fastForTestsOnly();
    if (header.kdf.opsLimit > 2 * fast.opsLimit || header.kdf.memLimit > 64 * fast.memLimit) {
        return 0;
    }
    try {
        (void)openBundle(file, QStringLiteral("correct horse battery staple"));
    } catch (const BundleError&) {
    }
    return 0;
}
