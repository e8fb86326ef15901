/**
 * A QR code drawn locally as SVG (uqr encodes; we draw one path of squares).
 * No network, no image from elsewhere; the link beside it does the same job
 * for people who cannot scan.
 *
 * The encoder is loaded only when a QR code is shown (the app path's install
 * step), from the extension itself: every other opening of the popup does not
 * parse it before its first button can take focus. Until then a blank square
 * of the same size keeps the layout still.
 */
import { useEffect, useState } from 'preact/hooks';

type Encode = typeof import('uqr').encode;

let encoder: Promise<Encode> | null = null;
const loadEncoder = (): Promise<Encode> => (encoder ??= import('uqr').then((module) => module.encode));

export function QrCode({ text, label }: { text: string; label: string }) {
  const [encode, setEncode] = useState<Encode | null>(null);
  useEffect(() => {
    let live = true;
    void loadEncoder().then((loaded) => {
      if (live) setEncode(() => loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!encode) return <svg class="qr-pending" aria-hidden="true" width="128" height="128" />;
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width="128" height="128" shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
