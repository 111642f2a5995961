// SPDX-License-Identifier: MIT
#pragma once

namespace CLI {
class App;
}

namespace aclwb::cli {

/// `aclwb-cli tsne`: a 2-D t-SNE layout of a CSV of embeddings (e.g. a run's embeddings.csv), with optional quality
/// measures (trustworthiness, kNN accuracy in the layout and in the original space).
void registerTsneCommand(CLI::App& app);

} // namespace aclwb::cli
