import { ToolDefinition } from '../types';
import { CASED, GUARDED, toolsOf } from './define';

/**
 * Model serving, training and data tools around Kubernetes: the AI talks
 * of recent conferences name these next to the CNCF projects.
 */
export const ML_INFRASTRUCTURE_TOOLS: ToolDefinition[] = toolsOf(
  'ml-infrastructure',
  [
    [
      'leaderworkerset',
      'LeaderWorkerSet',
      'https://lws.sigs.k8s.io',
      {
        ...CASED,
        aliases: ['LWS'],
        unambiguousAliases: ['LeaderWorkerSet', 'leader-worker-set'],
      },
    ],
    [
      'gateway-api-inference-extension',
      'Gateway API Inference Extension',
      'https://gateway-api-inference-extension.sigs.k8s.io',
      {
        ...CASED,
        aliases: ['Inference Extension'],
        unambiguousAliases: ['gateway-api-inference-extension'],
      },
    ],
    ['llamaedge', 'LlamaEdge', 'https://llamaedge.com'],
    ['ollama', 'Ollama', 'https://ollama.com'],
    ['llama-cpp', 'llama.cpp', 'https://github.com/ggml-org/llama.cpp'],
    [
      'langchain',
      'LangChain',
      'https://www.langchain.com',
      { aliases: ['LangGraph'] },
    ],
    ['llamaindex', 'LlamaIndex', 'https://www.llamaindex.ai'],
    [
      'hugging-face',
      'Hugging Face',
      'https://huggingface.co',
      { aliases: ['HuggingFace'] },
    ],
    [
      'onnx',
      'ONNX',
      'https://onnx.ai',
      { ...CASED, aliases: ['ONNX Runtime'] },
    ],
    ['openvino', 'OpenVINO', 'https://docs.openvino.ai'],
    [
      'tensorrt',
      'TensorRT',
      'https://developer.nvidia.com/tensorrt',
      { aliases: ['TensorRT-LLM'] },
    ],
    ['sglang', 'SGLang', 'https://github.com/sgl-project/sglang'],
    [
      'seldon-core',
      'Seldon Core',
      'https://www.seldon.io',
      { ...CASED, aliases: ['Seldon'] },
    ],
    ['bentoml', 'BentoML', 'https://www.bentoml.com'],
    [
      'katib',
      'Katib',
      'https://www.kubeflow.org/docs/components/katib/',
      { partOf: 'kubeflow' },
    ],
    [
      'feast',
      'Feast',
      'https://feast.dev',
      { ...GUARDED, unambiguousAliases: ['feast.dev', 'feast-dev'] },
    ],
    [
      'weights-and-biases',
      'Weights & Biases',
      'https://wandb.ai',
      { ...CASED, unambiguousAliases: ['wandb'] },
    ],
    ['dask', 'Dask', 'https://www.dask.org'],
    ['horovod', 'Horovod', 'https://horovod.ai'],
    ['deepspeed', 'DeepSpeed', 'https://www.deepspeed.ai'],
    [
      'nvidia-gpu-operator',
      'NVIDIA GPU Operator',
      'https://github.com/NVIDIA/gpu-operator',
      { ...CASED, aliases: ['GPU Operator'] },
    ],
    [
      'dcgm',
      'NVIDIA DCGM',
      'https://developer.nvidia.com/dcgm',
      { ...CASED, aliases: ['DCGM', 'DCGM Exporter'] },
    ],
    ['cuda', 'CUDA', 'https://developer.nvidia.com/cuda-toolkit', CASED],
    ['run-ai', 'Run:ai', 'https://www.run.ai', CASED],
    ['metaflow', 'Metaflow', 'https://metaflow.org'],
    ['zenml', 'ZenML', 'https://www.zenml.io'],
    [
      'airflow',
      'Apache Airflow',
      'https://airflow.apache.org',
      { aliases: ['Airflow'] },
    ],
    ['dagster', 'Dagster', 'https://dagster.io'],
    ['prefect', 'Prefect', 'https://www.prefect.io', GUARDED],
    ['litellm', 'LiteLLM', 'https://www.litellm.ai'],
    [
      'envoy-ai-gateway',
      'Envoy AI Gateway',
      'https://aigateway.envoyproxy.io',
      CASED,
    ],
    [
      'kaito',
      'KAITO',
      'https://github.com/kaito-project/kaito',
      { ...CASED, aliases: ['Kubernetes AI Toolchain Operator'] },
    ],
    ['alluxio', 'Alluxio', 'https://www.alluxio.io'],
    [
      'slurm-bridge',
      'Slurm Bridge',
      'https://github.com/SlinkyProject/slurm-bridge',
      { ...CASED, unambiguousAliases: ['slurm-bridge'] },
    ],
    [
      'slinky',
      'Slinky',
      'https://github.com/SlinkyProject',
      { ...GUARDED, unambiguousAliases: ['SlinkyProject', 'slurm-operator'] },
    ],
    ['simkube', 'SimKube', 'https://simkube.dev'],
    [
      'mcp',
      'Model Context Protocol',
      'https://modelcontextprotocol.io',
      { ...CASED, concept: true, aliases: ['MCP'] },
    ],
  ],
);
