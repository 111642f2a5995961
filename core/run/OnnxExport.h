// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace aclwb {

struct RunModel;

/// What goes into an exported graph.
struct OnnxExportOptions {
    /// Adds a second output, "embedding": the projection head's L2-normalised 128-d vector (what the contrastive loss
    /// saw), for nearest-neighbour search outside the workbench.
    bool withProjection = false;
};

/// Writes a finished run's model as an ONNX file that runs without our code (docs/MODEL_FORMAT.md):
/// - input "images": float32 [batch, C, H, W], pixel values 0..255 as stored (no scaling by the caller: the graph
///   divides by 255 itself, as training did), RGB order for 3-channel models; the batch dimension is dynamic;
/// - output "logits": float32 [batch, classes] (softmax gives the probabilities), and "embedding" when asked for;
/// - metadata_props: class_names (a JSON list, index = logit), the training config (JSON), image shape, version.
/// The graph is built from our own modules with Debian's ONNX protobuf messages, batch norms folded into their
/// convolutions (inference only), from opset 11 operators OpenCV 4.6's DNN module runs (Conv, Relu, MaxPool, Add,
/// GlobalAveragePool, Flatten, Gemm, Mul, ReduceL2, Div), and passes onnx::checker::check_model before it is
/// written (atomically). InputError when this build has no ONNX library or the file cannot be written.
void exportOnnx(const RunModel& model, const std::string& path, const OnnxExportOptions& options = {});

/// Whether this build can write ONNX (it found libonnx-dev when it was configured).
bool onnxExportAvailable();

} // namespace aclwb
