import { estimateMatchModel } from '../../src/resolution/model-estimation';
import { openHubRuntime } from '../hub-runtime';

/** `hub estimate-model`: fits the matcher's m/u to this hub's records (EM) and makes it current. */
export async function estimateModelCommand(options: { sample: number }): Promise<void> {
  const runtime = await openHubRuntime({ migrate: true, sandbox: false });
  try {
    const estimate = await estimateMatchModel(runtime.pool, options.sample);
    process.stdout.write(
      `model ${estimate.id}: ${estimate.records} records, ${estimate.pairs} candidate pairs, ${estimate.iterations} EM iterations` +
        `${estimate.converged ? '' : ' (not converged)'}, λ = ${estimate.model.prior.toFixed(4)}\n` +
        'later resolution runs use it; links it decides name it in decidedBy\n',
    );
  } finally {
    await runtime.close();
  }
}
