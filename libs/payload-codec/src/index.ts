export * from './aes-gcm.codec';
export * from './data-converter';
export * from './remote-codec.json';
