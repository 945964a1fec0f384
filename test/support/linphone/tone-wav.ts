/**
 * A 16-bit mono PCM WAV of a sine tone at -12 dBFS: the file linphonec plays as its microphone
 * (`soundcard use files` + `play FILE`), since the machine has no sound card.
 */
export function sineWav(frequencyHz: number, seconds: number, sampleRate: number): Buffer {
  if (!(frequencyHz > 0 && frequencyHz < sampleRate / 2)) {
    throw new Error(`sineWav: ${frequencyHz} Hz does not fit a ${sampleRate} Hz sample rate`);
  }
  const samples = Math.round(seconds * sampleRate);
  const dataBytes = samples * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  // RIFF/WAVE header with one "fmt " chunk (PCM, 1 channel, 16 bits) and one "data" chunk.
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write("WAVE", 8, "ascii");
  wav.write("fmt ", 12, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(dataBytes, 40);
  const amplitude = 32767 * 10 ** (-12 / 20);
  for (let i = 0; i < samples; i++) {
    wav.writeInt16LE(
      Math.round(amplitude * Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate)),
      44 + 2 * i,
    );
  }
  return wav;
}
