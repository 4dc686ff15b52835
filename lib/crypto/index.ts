export * from './aes-gcm';
export * from './base64';
export * from './passphrase-key';
